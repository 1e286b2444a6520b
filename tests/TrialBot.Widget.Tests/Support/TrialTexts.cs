using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TrialBot.Widget.Tests.Support;

/// <summary>
/// The trial definition the running host reads (trials/NCT05765006.json beside the binaries, copied from
/// trials/): the texts a person should see, per language (<c>en</c>, <c>zh</c>).
/// </summary>
internal sealed class TrialTexts
{
    private readonly JsonElement definition;

    private TrialTexts(JsonElement definition) => this.definition = definition;

    /// <summary>Reads the trial definition.</summary>
    public static TrialTexts Load()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "trials", "NCT05765006.json"));
        using var document = JsonDocument.Parse(file);
        return new TrialTexts(document.RootElement.Clone());
    }

    /// <summary>
    /// The question <paramref name="questionId"/> as its message shows it: "Question <paramref name="ordinal"/> of
    /// about …", then the question's text.
    /// </summary>
    public Regex Question(string questionId, string language, int ordinal)
    {
        var progress = Text("progress", language).Replace("{current}", ordinal.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var question = Find(definition.GetProperty("questions"), questionId);
        return new Regex(ScreenText.Body(progress) + @"\s*" + ScreenText.Body(question.GetProperty("text").GetProperty(language).GetString()!));
    }

    /// <summary>The trial text <paramref name="key"/> (for example <c>outcome.likely-eligible</c>).</summary>
    public string Text(string key, string language) =>
        definition.GetProperty("texts").GetProperty(key).GetProperty(language).GetString()!;

    /// <summary>The name of the site <paramref name="siteId"/>.</summary>
    public string SiteName(string siteId, string language) =>
        Find(definition.GetProperty("sites"), siteId).GetProperty("name").GetProperty(language).GetString()!;

    private static JsonElement Find(JsonElement list, string id) =>
        list.EnumerateArray().Single(item => item.GetProperty("id").GetString() == id);
}
