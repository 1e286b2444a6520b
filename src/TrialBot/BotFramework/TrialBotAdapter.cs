using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using TrialBot.Storage.Conversations;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// The Bot Framework's <see cref="CloudAdapter"/> for <c>/api/messages</c>, with the host's single error handler, turn
/// telemetry and, before anything that touches state, <see cref="DuplicateActivityMiddleware"/>: an activity a channel
/// delivers again with the same id runs the bot once (the repeat gets no replies; with <c>expectReplies</c> an empty
/// list). Authentication comes from <see cref="BotFrameworkAuthentication"/> (configuration keys
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>).
/// </summary>
public sealed class TrialBotAdapter : CloudAdapter
{
    /// <summary>Creates the adapter.</summary>
    public TrialBotAdapter(
        BotFrameworkAuthentication authentication,
        TurnErrorHandler errorHandler,
        TurnTelemetryMiddleware telemetry,
        DuplicateActivityMiddleware duplicates,
        ILogger<TrialBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(errorHandler);
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(duplicates);
        OnTurnError = errorHandler.HandleAsync;

        // Telemetry first, so a skipped duplicate is logged inside the turn's scope (hashed conversation id).
        Use(telemetry);
        Use(duplicates);
    }
}
