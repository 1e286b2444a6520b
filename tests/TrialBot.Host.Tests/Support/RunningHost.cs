using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using TrialBot.Host.Hosting;

namespace TrialBot.Host.Tests.Support;

/// <summary>The real host on a real Kestrel port (127.0.0.1, ephemeral), with a test bot and captured logs.</summary>
internal sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningHost(WebApplication app, Uri address, CapturedLogs logs)
    {
        this.app = app;
        Address = address;
        Logs = logs;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Creates the host's builder as the service does, with test settings (which win over appsettings) and logs captured
    /// at every level. Storage is in memory unless the settings choose a provider, so that no test writes a database file.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(IBot? bot, IDictionary<string, string?>? settings, CapturedLogs logs, string environment = "Development", params string[] extraArgs)
    {
        var builder = TrialBotHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--environment", environment, .. extraArgs]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Storage:Provider"] = "memory",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        if (bot is not null)
        {
            builder.Services.AddSingleton(bot);
        }

        return builder;
    }

    public static Task<RunningHost> StartAsync(IBot? bot = null, IDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null)
        => StartAsync(bot, settings, configure, []);

    /// <summary>Starts the host with settings on the command line too: those the host reads while its services are
    /// registered (for example whether OpenID Connect is on).</summary>
    public static async Task<RunningHost> StartAsync(IBot? bot, IDictionary<string, string?>? settings, Action<WebApplicationBuilder>? configure, string[] commandLine)
    {
        var logs = new CapturedLogs();
        var builder = CreateBuilder(bot, settings, logs, "Development", commandLine);
        configure?.Invoke(builder);
        var app = TrialBotHost.Build(builder);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningHost(app, new Uri(address), logs);
    }

    /// <summary>Waits (at most 30 s) until the start-up warm-up of the recognizer models has ended, which readiness waits for.</summary>
    public Task WarmedUpAsync() => Services.GetRequiredService<RecognizerWarmupService>().Ended.WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
