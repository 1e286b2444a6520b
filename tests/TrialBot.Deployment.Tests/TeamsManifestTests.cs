using System.Globalization;
using System.Text.Json;

namespace TrialBot.Deployment.Tests;

public sealed class TeamsManifestTests
{
    private static readonly string[] BotScopes = ["personal", "team", "groupChat"];

    private readonly JsonElement _manifest = JsonFile.Read(RepositoryRoot.PathOf("deploymentTemplates", "teams", "manifest.json"));

    [Fact]
    public void ManifestUsesACurrentSchemaVersion()
    {
        var version = _manifest.GetProperty("manifestVersion").GetString()!;

        Assert.True(Version.Parse(version) >= new Version(1, 17), $"manifestVersion {version} is older than 1.17.");
        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json",
            _manifest.GetProperty("$schema").GetString());
    }

    [Fact]
    public void AppVersionIsSemantic()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", _manifest.GetProperty("version").GetString());
    }

    [Fact]
    public void IdsArePlaceholdersThePackageScriptFills()
    {
        Assert.Equal("{{APP_ID}}", _manifest.GetProperty("id").GetString());
        Assert.Equal("{{BOT_ID}}", Assert.Single(_manifest.GetProperty("bots").EnumerateArray()).GetProperty("botId").GetString());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("websiteUrl")]
    [InlineData("privacyUrl")]
    [InlineData("termsOfUseUrl")]
    public void DeveloperHasField(string field)
    {
        Assert.False(string.IsNullOrWhiteSpace(_manifest.GetProperty("developer").GetProperty(field).GetString()));
    }

    [Fact]
    public void NameFitsTeamsLimits()
    {
        var name = _manifest.GetProperty("name");

        Assert.InRange(name.GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(name.GetProperty("full").GetString()!.Length, 1, 100);
        Assert.NotEqual(name.GetProperty("short").GetString(), name.GetProperty("full").GetString());
    }

    [Fact]
    public void DescriptionFitsTeamsLimits()
    {
        var description = _manifest.GetProperty("description");

        Assert.InRange(description.GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(description.GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.DoesNotContain(description.GetProperty("short").GetString()!, description.GetProperty("full").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DescriptionNamesTheStudyAndSaysItIsNotAMedicalDecision()
    {
        var full = _manifest.GetProperty("description").GetProperty("full").GetString()!;

        Assert.Contains("NCT05765006", full, StringComparison.Ordinal);
        Assert.Contains("not a medical decision", full, StringComparison.Ordinal);
        Assert.Contains("study team decides", full, StringComparison.Ordinal);
        Assert.Contains("不是医疗决定", full, StringComparison.Ordinal);
    }

    [Fact]
    public void DescriptionNeverPromisesEligibility()
    {
        var text = string.Join(' ', JsonFile.Strings(_manifest.GetProperty("description")));

        Assert.DoesNotContain("you are eligible", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("您符合", text, StringComparison.Ordinal);
    }

    [Fact]
    public void IconsAreFilesOfThePackage()
    {
        var icons = _manifest.GetProperty("icons");

        Assert.Equal("color.png", icons.GetProperty("color").GetString());
        Assert.Equal("outline.png", icons.GetProperty("outline").GetString());
        Assert.True(File.Exists(RepositoryRoot.PathOf("deploymentTemplates", "teams", "color.png")));
        Assert.True(File.Exists(RepositoryRoot.PathOf("deploymentTemplates", "teams", "outline.png")));
    }

    [Fact]
    public void AccentColorIsAnHtmlColour()
    {
        Assert.Matches("^#[0-9A-Fa-f]{6}$", _manifest.GetProperty("accentColor").GetString());
    }

    [Fact]
    public void ColorIconBackgroundIsTheAccentColour()
    {
        var accent = _manifest.GetProperty("accentColor").GetString()!;
        var corner = PngImage.Read(RepositoryRoot.PathOf("deploymentTemplates", "teams", "color.png")).Pixels.First();

        Assert.Equal(accent.ToUpperInvariant(), string.Create(CultureInfo.InvariantCulture, $"#{corner.Red:X2}{corner.Green:X2}{corner.Blue:X2}"));
    }

    [Fact]
    public void BotWorksInPersonalChats()
    {
        var bot = Assert.Single(_manifest.GetProperty("bots").EnumerateArray());
        var scopes = bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToList();

        Assert.Contains("personal", scopes);
        Assert.All(scopes, s => Assert.Contains(s, BotScopes));
        Assert.False(bot.GetProperty("isNotificationOnly").GetBoolean());
    }
}
