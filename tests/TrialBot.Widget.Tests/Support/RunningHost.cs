using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Host;
using TrialBot.Host.Hosting;

namespace TrialBot.Widget.Tests.Support;

/// <summary>
/// The real host, built by the same two calls as Program.cs, on 127.0.0.1 with an ephemeral port: the Development
/// environment, conversation state in memory, and the page served from the repository's src/TrialBot/wwwroot.
/// </summary>
internal sealed class RunningHost : IAsyncDisposable
{
    /// <summary>How long the recognizer models may take to load at start (readiness waits for them too).</summary>
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(30);

    private readonly WebApplication app;

    private RunningHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The host's services (to seed accounts and referrals).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Where the host listens, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts the host and returns once it is ready (<c>/readyz</c> answers 200).</summary>
    public static Task<RunningHost> StartAsync(CancellationToken cancellationToken = default) => StartAsync([], cancellationToken);

    /// <summary>Starts the host with more settings (<c>--Key=value</c>) and returns once it is ready.</summary>
    public static async Task<RunningHost> StartAsync(IReadOnlyList<string> settings, CancellationToken cancellationToken = default)
    {
        var bundle = Path.Combine(RepositoryPaths.HostWebRoot, "lib", "webchat.js");
        if (!File.Exists(bundle))
        {
            throw new InvalidOperationException($"{bundle} is missing: building src/TrialBot bundles Web Chat (build/Widget.targets).");
        }

        var builder = TrialBotHost.CreateBuilder(
        [
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            "--webroot", RepositoryPaths.HostWebRoot,
            "--Storage:Provider=memory",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:TrialBot=Warning",
            .. settings,
        ]);
        var app = TrialBotHost.Build(builder);
        var host = default(RunningHost);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            host = new RunningHost(app, new Uri(address));
            await host.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            if (host is not null)
            {
                await host.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken = default)
    {
        await app.Services.GetRequiredService<RecognizerWarmupService>().Ended.WaitAsync(WarmUpLimit, cancellationToken).ConfigureAwait(false);
        using var client = new HttpClient { BaseAddress = Address };
        using var readiness = await client.GetAsync(new Uri("readyz", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        if (readiness.StatusCode != HttpStatusCode.OK)
        {
            var body = await readiness.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new InvalidOperationException($"The host is not ready: /readyz answered {(int)readiness.StatusCode} {body}");
        }
    }
}
