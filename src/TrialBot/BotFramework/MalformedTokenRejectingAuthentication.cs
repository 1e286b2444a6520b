using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// Wraps the Bot Framework's authentication so a malformed bearer token is refused with 401 rather than a 500: the
/// Bot Framework parses the token before validating it and lets the parser's <see cref="ArgumentException"/> (for
/// example <c>SecurityTokenMalformedException</c>) escape. <see cref="UnauthorizedAccessException"/> is what the
/// <c>CloudAdapter</c> answers with 401. Everything else is passed through unchanged.
/// </summary>
public sealed partial class MalformedTokenRejectingAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;
    private readonly ILogger<MalformedTokenRejectingAuthentication> _logger;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public MalformedTokenRejectingAuthentication(BotFrameworkAuthentication inner, ILogger<MalformedTokenRejectingAuthentication> logger)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException malformed) when (!string.IsNullOrEmpty(authHeader))
        {
            throw Refuse(malformed);
        }
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException malformed) when (!string.IsNullOrEmpty(authHeader))
        {
            throw Refuse(malformed);
        }
    }

    /// <inheritdoc />
    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException malformed) when (!string.IsNullOrEmpty(authHeader))
        {
            throw Refuse(malformed);
        }
    }

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => _inner.CreateConnectorFactory(claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    private UnauthorizedAccessException Refuse(ArgumentException malformed)
    {
        var exceptionType = malformed.GetType().Name;
        LogMalformedToken(_logger, exceptionType);
        return new UnauthorizedAccessException("The bearer token is malformed.", malformed);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Refused a request whose bearer token could not be parsed ({ExceptionType})")]
    private static partial void LogMalformedToken(ILogger logger, string exceptionType);
}
