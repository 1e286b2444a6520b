using Microsoft.Extensions.Options;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class StartupValidationTests
{
    private const string AppId = "6f0b4a8e-3c1d-4c55-9d5e-2b7f1a9c0e11";

    public static TheoryData<string, Dictionary<string, string?>, string> BadSettings => new()
    {
        { "Development", new() { ["MicrosoftAppType"] = "Personal" }, "MicrosoftAppType must be one of MultiTenant, SingleTenant, UserAssignedMSI" },
        { "Development", new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "x" }, "MicrosoftAppTenantId is required" },
        { "Development", new() { ["MicrosoftAppPassword"] = "x" }, "MicrosoftAppPassword is set but MicrosoftAppId is empty" },
        { "Development", new() { ["MicrosoftAppId"] = "my-bot", ["MicrosoftAppPassword"] = "x" }, "MicrosoftAppId must be the app registration's client id" },
        { "Development", new() { ["MicrosoftAppId"] = AppId }, "MicrosoftAppPassword is required" },
        { "Development", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com", ["MicrosoftAppPassword"] = "x" }, "MicrosoftAppPassword must be empty" },
        { "Production", new(), "Bot:AllowAnonymous" },
        { "Development", new() { ["Bot:MaxActivityBytes"] = "10" }, "Bot:MaxActivityBytes" },
        { "Development", new() { ["RateLimiting:PermitLimit"] = "0" }, "RateLimiting:PermitLimit" },
        { "Development", new() { ["RateLimiting:WindowSeconds"] = "0" }, "RateLimiting:WindowSeconds" },
        { "Development", new() { ["SecurityHeaders:FrameAncestors"] = "'self'; script-src *" }, "SecurityHeaders:FrameAncestors" },
        { "Development", new() { ["SecurityHeaders:FrameAncestors"] = "'none' 'self'" }, "SecurityHeaders:FrameAncestors" },
        { "Development", new() { ["SecurityHeaders:ReferrerPolicy"] = "everywhere" }, "SecurityHeaders:ReferrerPolicy" },
        { "Development", new() { ["Referrals:ApiKey"] = "fifteen-chars-x" }, "Referrals:ApiKey must be at least 16 characters" },
        { "Development", new() { ["Referrals:ApiKey"] = "                    " }, "Referrals:ApiKey must not be blank" },
        { "Development", new() { ["Storage:Provider"] = "mongo" }, "Storage:Provider" },
    };

    public static TheoryData<string, Dictionary<string, string?>> GoodSettings => new()
    {
        { "Development", new() },
        { "Production", new() { ["Bot:AllowAnonymous"] = "true" } },
        { "Production", new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = AppId, ["MicrosoftAppPassword"] = "x", ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com" } },
        { "Production", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppId"] = AppId, ["MicrosoftAppTenantId"] = "contoso.onmicrosoft.com" } },
        { "Development", new() { ["SecurityHeaders:FrameAncestors"] = "'self' https://www.example-hospital.cn https://*.example.org:8443" } },
        { "Development", new() { ["Referrals:ApiKey"] = "sixteen-chars-xx" } },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task A_bad_setting_stops_the_start_with_a_message_naming_it(string environment, Dictionary<string, string?> settings, string message)
    {
        await using var app = Build(environment, settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(GoodSettings))]
    public async Task Good_settings_start(string environment, Dictionary<string, string?> settings)
    {
        await using var app = Build(environment, settings);

        await app.StartAsync();
        await app.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Running_with_bad_settings_prints_every_failure_and_exits_with_the_settings_error_code(bool terminalChat)
    {
        string[] args = terminalChat ? ["chat"] : [];
        var settings = new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "0", ["SecurityHeaders:ReferrerPolicy"] = "everywhere" };
        await using var app = TrialBotHost.Build(RunningHost.CreateBuilder(bot: null, settings, new CapturedLogs(), "Production", args));
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var ifItStartedAfterAll = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var exitCode = await TrialBotHost.RunAsync(app, args, new StringReader(string.Empty), output, error, inputIsRedirected: true, ifItStartedAfterAll.Token);

        Assert.Equal(TrialBotHost.SettingsErrorExitCode, exitCode);
        var printed = error.ToString();
        Assert.Contains("Bot:AllowAnonymous", printed, StringComparison.Ordinal);
        Assert.Contains("RateLimiting:PermitLimit", printed, StringComparison.Ordinal);
        Assert.Contains("SecurityHeaders:ReferrerPolicy", printed, StringComparison.Ordinal);
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Build(string environment, Dictionary<string, string?> settings)
        => TrialBotHost.Build(RunningHost.CreateBuilder(bot: null, settings, new CapturedLogs(), environment));
}
