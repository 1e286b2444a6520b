using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// The Bot Framework's <see cref="CloudAdapter"/> for <c>/api/messages</c>, with the host's single error handler and
/// turn telemetry. Authentication comes from <see cref="BotFrameworkAuthentication"/> (configuration keys
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// </summary>
public sealed class TrialBotAdapter : CloudAdapter
{
    /// <summary>Creates the adapter.</summary>
    public TrialBotAdapter(
        BotFrameworkAuthentication authentication,
        TurnErrorHandler errorHandler,
        TurnTelemetryMiddleware telemetry,
        ILogger<TrialBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(errorHandler);
        ArgumentNullException.ThrowIfNull(telemetry);
        OnTurnError = errorHandler.HandleAsync;
        Use(telemetry);
    }
}
