using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using TrialBot.Host;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// The real TrialBot host (the service's own CreateBuilder and Build: real bot, real CloudAdapter, real storage) on a real
/// Kestrel port on 127.0.0.1, serving the widget from src/TrialBot/wwwroot, with its logs captured instead of written to the console. Memory storage and a rate limit
/// that a test cannot reach unless the test's settings say otherwise.
/// </summary>
internal sealed class HardeningHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private HardeningHost(WebApplication app, Uri address, CapturedLogs logs)
    {
        this.app = app;
        Address = address;
        Logs = logs;
        Http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Channel = new ChannelClient(Http);
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    /// <summary>Posts activities to /api/messages as a Bot Framework channel would.</summary>
    public ChannelClient Channel { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>The bot's state storage, as the bot sees it.</summary>
    public IStorage Storage => Services.GetRequiredService<IStorage>();

    public static async Task<HardeningHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null,
        LogLevel logLevel = LogLevel.Trace)
    {
        var logs = new CapturedLogs(logLevel);
        var builder = TrialBotHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--environment", "Development", "--webroot", RepositoryPaths.WidgetRoot]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "memory",
            ["RateLimiting:PermitLimit"] = "1000000",
            ["RateLimiting:AnonymousPermitLimit"] = "1000000",
            ["Logging:LogLevel:Default"] = logLevel.ToString(),
            ["Logging:LogLevel:Microsoft.AspNetCore"] = logLevel.ToString(),
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(logLevel);
        builder.Logging.AddProvider(logs);
        configure?.Invoke(builder);
        var app = TrialBotHost.Build(builder);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new HardeningHost(app, new Uri(address), logs);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
