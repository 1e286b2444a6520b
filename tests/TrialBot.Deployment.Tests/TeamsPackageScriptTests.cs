using System.IO.Compression;
using System.Text.Json;

namespace TrialBot.Deployment.Tests;

public sealed class TeamsPackageScriptTests : IDisposable
{
    private const string BotId = "3f2b8c4e-9a1d-4e7b-8c2f-6d5a4b3c2e1f";
    private const string AppId = "0b7e6d5c-4a3b-4c2d-9e1f-8a7b6c5d4e3f";
    private const string PrivacyUrl = "https://example.org/privacy?lang=en&v=2";
    private const string TermsUrl = "https://example.org/terms";

    private readonly string scratch = Directory.CreateTempSubdirectory("trialbot-teams-").FullName;

    private string Package => Path.Combine(scratch, "out", "trialbot-teams.zip");

    [Fact]
    public async Task Package_holds_manifest_and_icons_at_the_root()
    {
        var run = await PackageAsync([BotId, AppId, Package], Publisher());

        Assert.True(run.ExitCode == 0, run.StandardError);
        using var zip = ZipFile.OpenRead(Package);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Package_manifest_carries_the_ids_given()
    {
        await PackageAsync([BotId, AppId, Package], Publisher());

        var manifest = ReadPackagedManifest();
        Assert.Equal(AppId, manifest.GetProperty("id").GetString());
        Assert.Equal(BotId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
    }

    [Fact]
    public async Task Package_manifest_carries_the_publisher()
    {
        var publisher = Publisher();
        publisher["TEAMS_DEVELOPER_NAME"] = "Example Hospital & Co";
        publisher["TEAMS_WEBSITE_URL"] = "https://example.org/";

        await PackageAsync([BotId, AppId, Package], publisher);

        var developer = ReadPackagedManifest().GetProperty("developer");
        Assert.Equal("Example Hospital & Co", developer.GetProperty("name").GetString());
        Assert.Equal("https://example.org/", developer.GetProperty("websiteUrl").GetString());
        Assert.Equal(PrivacyUrl, developer.GetProperty("privacyUrl").GetString());
        Assert.Equal(TermsUrl, developer.GetProperty("termsOfUseUrl").GetString());
    }

    [Fact]
    public async Task Package_manifest_leaves_no_placeholder()
    {
        await PackageAsync([BotId, AppId, Package], Publisher());

        Assert.DoesNotContain(JsonFile.Strings(ReadPackagedManifest()), s => s.Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Package_icons_are_the_committed_icons()
    {
        await PackageAsync([BotId, AppId, Package], Publisher());

        using var zip = ZipFile.OpenRead(Package);
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var packaged = new MemoryStream();
            using (var entry = zip.GetEntry(icon)!.Open())
            {
                entry.CopyTo(packaged);
            }

            Assert.Equal(File.ReadAllBytes(RepositoryRoot.PathOf("deploymentTemplates", "teams", icon)), packaged.ToArray());
        }
    }

    [Fact]
    public async Task App_id_is_generated_when_omitted()
    {
        var run = await PackageAsync([BotId, string.Empty, Package], Publisher());

        Assert.True(run.ExitCode == 0, run.StandardError);
        var appId = ReadPackagedManifest().GetProperty("id").GetString();
        Assert.True(Guid.TryParse(appId, out var parsed), $"'{appId}' is not a GUID.");
        Assert.NotEqual(Guid.Empty, parsed);
        Assert.Contains(appId!, run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_id_that_is_not_a_guid_is_refused()
    {
        var run = await PackageAsync(["my-bot", AppId, Package], Publisher());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("BOT_ID 'my-bot' is not a GUID", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Package));
    }

    [Fact]
    public async Task Missing_bot_id_is_refused_with_usage()
    {
        var run = await PackageAsync([], Publisher());

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("usage: scripts/package-teams-app BOT_ID [APP_ID] [OUT.zip]", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TEAMS_PRIVACY_URL", null)]
    [InlineData("TEAMS_TERMS_URL", null)]
    [InlineData("TEAMS_PRIVACY_URL", "http://example.org/privacy")]
    [InlineData("TEAMS_TERMS_URL", "https://example.org/\"terms")]
    public async Task Publisher_address_must_be_https(string variable, string? value)
    {
        var publisher = Publisher();
        publisher[variable] = value;

        var run = await PackageAsync([BotId, AppId, Package], publisher);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(variable, run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Package));
    }

    [Fact]
    public async Task Developer_name_longer_than_teams_allows_is_refused()
    {
        var publisher = Publisher();
        publisher["TEAMS_DEVELOPER_NAME"] = new string('x', 33);

        var run = await PackageAsync([BotId, AppId, Package], publisher);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("TEAMS_DEVELOPER_NAME", run.StandardError, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static Dictionary<string, string?> Publisher() => new(StringComparer.Ordinal)
    {
        ["TEAMS_PRIVACY_URL"] = PrivacyUrl,
        ["TEAMS_TERMS_URL"] = TermsUrl,
        ["TEAMS_DEVELOPER_NAME"] = null,
        ["TEAMS_WEBSITE_URL"] = null,
    };

    private static Task<ScriptRun> PackageAsync(string[] arguments, IReadOnlyDictionary<string, string?> environment) =>
        ScriptRun.RunAsync("bash", [RepositoryRoot.PathOf("scripts", "package-teams-app"), .. arguments], environment);

    private JsonElement ReadPackagedManifest()
    {
        using var zip = ZipFile.OpenRead(Package);
        using var manifest = zip.GetEntry("manifest.json")!.Open();
        using var document = JsonDocument.Parse(manifest);
        return document.RootElement.Clone();
    }
}
