using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// Wraps the Bot Framework's authentication so that a request it cannot authenticate is refused with 401, whatever the
/// reason, rather than a 500 or a hang: a malformed bearer token (the Bot Framework lets the parser's
/// <see cref="ArgumentException"/> escape), a token whose issuer's signing keys cannot be fetched (the OpenID metadata
/// is fetched from the internet on first use, and a failed fetch escapes as an <see cref="InvalidOperationException"/>
/// or <see cref="IOException"/>), or a validation that takes longer than the timeout. <see cref="UnauthorizedAccessException"/>
/// is what the <c>CloudAdapter</c> answers with 401. A request the caller cancelled stays cancelled.
/// </summary>
public sealed partial class FailClosedAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication inner;
    private readonly TimeSpan timeout;
    private readonly ILogger<FailClosedAuthentication> logger;

    /// <summary>Wraps <paramref name="inner"/>; a validation that takes longer than <paramref name="timeout"/> is refused.</summary>
    public FailClosedAuthentication(BotFrameworkAuthentication inner, TimeSpan timeout, ILogger<FailClosedAuthentication> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(timeout));
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.timeout = timeout;
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
        => FailClosedAsync(token => inner.AuthenticateRequestAsync(activity, authHeader, token), cancellationToken);

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
        => FailClosedAsync(token => inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, token), cancellationToken);

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
        => FailClosedAsync(token => inner.AuthenticateChannelRequestAsync(authHeader, token), cancellationToken);

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
        => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private async Task<T> FailClosedAsync<T>(Func<CancellationToken, Task<T>> authenticate, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(this.timeout);
        try
        {
            return await authenticate(timeout.Token).WaitAsync(this.timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException)
        {
            throw;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Failing closed: whatever went wrong while authenticating, the request is not authenticated.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            throw Refuse(failure);
        }
    }

    private UnauthorizedAccessException Refuse(Exception failure)
    {
        // The exception's message can quote the token: only its type is logged.
        var exceptionType = failure.GetType().Name;
        if (failure is ArgumentException)
        {
            LogMalformedToken(logger, exceptionType);
            return new UnauthorizedAccessException("The bearer token is malformed.", failure);
        }

        LogNotValidated(logger, exceptionType, timeout.TotalSeconds);
        return new UnauthorizedAccessException("The bearer token could not be validated.", failure);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Refused a request whose bearer token could not be parsed ({ExceptionType})")]
    private static partial void LogMalformedToken(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning,
        Message = "Refused a request whose bearer token could not be validated ({ExceptionType}; for example the issuer's signing keys could not be fetched, or validation took over {TimeoutSeconds} s)")]
    private static partial void LogNotValidated(ILogger logger, string exceptionType, double timeoutSeconds);
}
