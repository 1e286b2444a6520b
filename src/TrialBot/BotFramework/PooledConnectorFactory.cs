using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace TrialBot.Host.BotFramework;

/// <summary>The connector factory of one request, taking its clients from the <see cref="ConnectorClientPool"/>.</summary>
internal sealed class PooledConnectorFactory(ConnectorFactory inner, ConnectorClientPool pool, string? appId) : ConnectorFactory
{
    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        pool.GetAsync(appId, serviceUrl, audience, token => inner.CreateAsync(serviceUrl, audience, token), cancellationToken);
}
