using System.Globalization;
using System.Text.Json;

namespace TrialBot.Deployment.Tests;

public sealed class TeamsManifestTests
{
    private static readonly string[] BotScopes = ["personal", "team", "groupChat"];

    private readonly JsonElement manifest = JsonFile.Read(RepositoryRoot.PathOf("deploymentTemplates", "teams", "manifest.json"));

    [Fact]
    public void Manifest_uses_a_current_schema_version()
    {
        var version = manifest.GetProperty("manifestVersion").GetString()!;

        Assert.True(Version.Parse(version) >= new Version(1, 17), $"manifestVersion {version} is older than 1.17.");
        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json",
            manifest.GetProperty("$schema").GetString());
    }

    [Fact]
    public void App_version_is_semantic()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.GetProperty("version").GetString());
    }

    [Fact]
    public void Ids_are_placeholders_the_package_script_fills()
    {
        Assert.Equal("{{APP_ID}}", manifest.GetProperty("id").GetString());
        Assert.Equal("{{BOT_ID}}", Assert.Single(manifest.GetProperty("bots").EnumerateArray()).GetProperty("botId").GetString());
    }

    [Theory]
    [InlineData("name")]
    [InlineData("websiteUrl")]
    [InlineData("privacyUrl")]
    [InlineData("termsOfUseUrl")]
    public void Developer_has_field(string field)
    {
        Assert.False(string.IsNullOrWhiteSpace(manifest.GetProperty("developer").GetProperty(field).GetString()));
    }

    [Fact]
    public void Name_fits_teams_limits()
    {
        var name = manifest.GetProperty("name");

        Assert.InRange(name.GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(name.GetProperty("full").GetString()!.Length, 1, 100);
        Assert.NotEqual(name.GetProperty("short").GetString(), name.GetProperty("full").GetString());
    }

    [Fact]
    public void Description_fits_teams_limits()
    {
        var description = manifest.GetProperty("description");

        Assert.InRange(description.GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(description.GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.DoesNotContain(description.GetProperty("short").GetString()!, description.GetProperty("full").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Description_names_the_study_and_says_it_is_not_a_medical_decision()
    {
        var full = manifest.GetProperty("description").GetProperty("full").GetString()!;

        Assert.Contains("NCT05765006", full, StringComparison.Ordinal);
        Assert.Contains("not a medical decision", full, StringComparison.Ordinal);
        Assert.Contains("study team decides", full, StringComparison.Ordinal);
        Assert.Contains("不是医疗决定", full, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_never_promises_eligibility()
    {
        var text = string.Join(' ', JsonFile.Strings(manifest.GetProperty("description")));

        Assert.DoesNotContain("you are eligible", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("您符合", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Icons_are_files_of_the_package()
    {
        var icons = manifest.GetProperty("icons");

        Assert.Equal("color.png", icons.GetProperty("color").GetString());
        Assert.Equal("outline.png", icons.GetProperty("outline").GetString());
        Assert.True(File.Exists(RepositoryRoot.PathOf("deploymentTemplates", "teams", "color.png")));
        Assert.True(File.Exists(RepositoryRoot.PathOf("deploymentTemplates", "teams", "outline.png")));
    }

    [Fact]
    public void Accent_color_is_an_html_colour()
    {
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest.GetProperty("accentColor").GetString());
    }

    [Fact]
    public void Color_icon_background_is_the_accent_colour()
    {
        var accent = manifest.GetProperty("accentColor").GetString()!;
        var corner = PngImage.Read(RepositoryRoot.PathOf("deploymentTemplates", "teams", "color.png")).Pixels.First();

        Assert.Equal(accent.ToUpperInvariant(), string.Create(CultureInfo.InvariantCulture, $"#{corner.Red:X2}{corner.Green:X2}{corner.Blue:X2}"));
    }

    [Fact]
    public void Bot_works_in_personal_chats()
    {
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        var scopes = bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToList();

        Assert.Contains("personal", scopes);
        Assert.All(scopes, s => Assert.Contains(s, BotScopes));
        Assert.False(bot.GetProperty("isNotificationOnly").GetBoolean());
    }
}
