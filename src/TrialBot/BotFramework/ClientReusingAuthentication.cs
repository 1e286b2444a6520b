using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// Wraps the Bot Framework's authentication so that a turn builds no client it does not need: connector clients are kept
/// between turns (<see cref="ConnectorClientPool"/>), and the user-token client is made only when used
/// (<see cref="DeferredUserTokenClient"/>). A profile showed the two clients built for every turn taking about a quarter
/// of the adapter's time per turn, the bot's own work included. Authentication itself is the inner one's.
/// </summary>
public sealed class ClientReusingAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication inner;
    private readonly ConnectorClientPool pool;

    /// <summary>Initializes a new instance of the <see cref="ClientReusingAuthentication"/> class.</summary>
    /// <param name="inner">The authentication wrapped.</param>
    /// <param name="pool">The connector clients kept between turns.</param>
    public ClientReusingAuthentication(BotFrameworkAuthentication inner, ConnectorClientPool pool)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.pool = pool ?? throw new ArgumentNullException(nameof(pool));
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Pooled(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Pooled(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new PooledConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), pool, AppId(claimsIdentity));

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(token => inner.CreateUserTokenClientAsync(claimsIdentity, token)));

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    /// <summary>Who the clients act for: the app id (v1 tokens), authorized party (v2) and audience claims of the request.</summary>
    private static string? AppId(ClaimsIdentity? identity) =>
        identity is null ? null : string.Join(' ', identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value, identity.FindFirst(AuthenticationConstants.AuthorizedParty)?.Value, identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value);

    private AuthenticateRequestResult Pooled(AuthenticateRequestResult result)
    {
        if (result?.ConnectorFactory is { } factory)
        {
            result.ConnectorFactory = new PooledConnectorFactory(factory, pool, AppId(result.ClaimsIdentity));
        }

        return result!;
    }
}
