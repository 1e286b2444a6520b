using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrialBot.Deployment.Tests;

/// <summary>deploymentTemplates/azuredeploy.json, read as JSON, with the questions the tests ask of it.</summary>
internal sealed partial class ArmTemplate
{
    private ArmTemplate(JsonElement root) => Root = root;

    /// <summary>The template as loaded from the repository.</summary>
    public static ArmTemplate Load() => new(JsonFile.Read(RepositoryRoot.PathOf("deploymentTemplates", "azuredeploy.json")));

    /// <summary>The whole template.</summary>
    public JsonElement Root { get; }

    /// <summary>The declared parameters by name.</summary>
    public IReadOnlyDictionary<string, JsonElement> Parameters =>
        Root.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>Every resource of the template.</summary>
    public IEnumerable<JsonElement> Resources => Root.GetProperty("resources").EnumerateArray();

    /// <summary>The one web app of the template.</summary>
    public JsonElement WebApp => Resources.Single(r => TypeOf(r) == "Microsoft.Web/sites");

    /// <summary>The web app's application settings, name to value (expressions left as written).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        WebApp.GetProperty("properties").GetProperty("siteConfig").GetProperty("appSettings").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("value").GetString()!, StringComparer.Ordinal);

    /// <summary>The names of parameters that some expression reads with <c>parameters('…')</c>, anywhere in the template.</summary>
    public ISet<string> UsedParameterNames =>
        JsonFile.Strings(Root).SelectMany(s => ParameterCall().Matches(s)).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The resource type of a resource.</summary>
    public static string TypeOf(JsonElement resource) => resource.GetProperty("type").GetString()!;

    /// <summary>The resources of one type.</summary>
    public IEnumerable<JsonElement> ResourcesOfType(string type) => Resources.Where(r => TypeOf(r) == type);

    /// <summary>The bot channel resource whose channelName is the one given.</summary>
    public JsonElement Channel(string channelName) =>
        ResourcesOfType("Microsoft.BotService/botServices/channels")
            .Single(r => r.GetProperty("properties").GetProperty("channelName").GetString() == channelName);

    /// <summary>The parameter a whole-value expression <c>[parameters('x')]</c> names, or null for any other value.</summary>
    public static string? DirectParameter(string value)
    {
        var match = WholeParameterExpression().Match(value);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"parameters\('(?<name>[^']+)'\)")]
    private static partial Regex ParameterCall();

    [GeneratedRegex(@"^\[parameters\('(?<name>[^']+)'\)\]$")]
    private static partial Regex WholeParameterExpression();
}
