using System.Collections.Concurrent;
using Microsoft.Bot.Connector;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// The connector clients of the channels the bot answers, kept between turns: one per bot app id, service URL and
/// audience, for <see cref="Lifetime"/>. Building a connector client costs more than most of a turn (its base class
/// parses its user-agent entries with new regular expressions each time); the Bot Framework's own older adapter kept them
/// the same way. At most <see cref="Capacity"/> are kept, since an anonymous caller may name any service URL; beyond that a
/// turn gets a client of its own, disposed with the turn. A client replaced after its lifetime is not disposed, as a turn
/// may still be using it: its HTTP client comes from the <see cref="IHttpClientFactory"/>, whose handlers the factory
/// itself retires, so the handler a kept client holds is renewed with the client.
/// </summary>
public sealed class ConnectorClientPool
{
    /// <summary>How many clients are kept at most.</summary>
    public const int Capacity = 256;

    /// <summary>How long a client is reused (the HTTP client factory's own handler lifetime).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, (IConnectorClient Client, DateTimeOffset Until)> clients = new(StringComparer.Ordinal);
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance of the <see cref="ConnectorClientPool"/> class.</summary>
    /// <param name="timeProvider">The clock the lifetime is measured on.</param>
    public ConnectorClientPool(TimeProvider timeProvider) =>
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <summary>
    /// The client kept for <paramref name="appId"/>, <paramref name="serviceUrl"/> and <paramref name="audience"/>, or one
    /// made by <paramref name="create"/> (and kept, while there is room). A kept client comes wrapped so that the turn's
    /// disposal leaves it open.
    /// </summary>
    /// <param name="appId">The bot's app id (empty when anonymous).</param>
    /// <param name="serviceUrl">The channel's service URL.</param>
    /// <param name="audience">The audience of the client's tokens (null: the channel's default).</param>
    /// <param name="create">Makes a new client.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The client for the turn.</returns>
    public async Task<IConnectorClient> GetAsync(string? appId, string serviceUrl, string? audience, Func<CancellationToken, Task<IConnectorClient>> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(create);
        var key = string.Join('\n', appId ?? string.Empty, serviceUrl, audience ?? string.Empty);
        var now = timeProvider.GetUtcNow();
        if (clients.TryGetValue(key, out var kept) && kept.Until > now)
        {
            return new SharedConnectorClient(kept.Client);
        }

        var client = await create(cancellationToken).ConfigureAwait(false);
        if (clients.Count >= Capacity && !clients.ContainsKey(key))
        {
            return client;
        }

        clients[key] = (client, now + Lifetime);
        return new SharedConnectorClient(client);
    }
}
