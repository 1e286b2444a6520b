using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bench.Conversations;
using TrialBot.Host;

namespace TrialBot.Bench.Hosting;

/// <summary>
/// The real host, built with <see cref="TrialBotHost.CreateBuilder"/> and <see cref="TrialBotHost.Build"/> exactly as
/// the service does, listening on 127.0.0.1 (ephemeral port), in the Production environment with anonymous access,
/// the service's content root (src/TrialBot: its appsettings.json and wwwroot), the rate limit raised out of the way, logs at Warning, and the chosen storage. For the echo ceiling, the
/// <see cref="EchoBot"/> replaces the screening bot; everything else is the same.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BenchHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<BenchHost> StartAsync(BotKind bot, StorageChoice storage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var builder = TrialBotHost.CreateBuilder(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--contentRoot", RepositoryLayout.HostContentRoot]);
        builder.Configuration.AddInMemoryCollection(Settings(storage));
        if (bot == BotKind.Echo)
        {
            builder.Services.AddSingleton<IBot, EchoBot>();
        }

        var app = TrialBotHost.Build(builder);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new BenchHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private static IEnumerable<KeyValuePair<string, string?>> Settings(StorageChoice storage) =>
    [
        new("Bot:AllowAnonymous", "true"),
        new("RateLimiting:PermitLimit", "1000000"),
        new("RateLimiting:WindowSeconds", "1"),
        new("Logging:LogLevel:Default", "Warning"),
        new("Logging:LogLevel:TrialBot", "Warning"),
        .. storage.Settings(),
    ];
}
