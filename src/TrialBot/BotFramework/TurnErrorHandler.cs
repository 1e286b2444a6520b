using Microsoft.Bot.Builder;
using TrialBot.Host.Telemetry;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// The one handler for turns that fail, shared by every adapter of the host (<see cref="BotAdapter.OnTurnError"/>).
/// It logs the exception's type, stack and the hashed conversation id, never the person's text nor the exception's
/// message (which may quote it), counts the failure, and sends the person a short apology, never a stack trace.
/// </summary>
public sealed partial class TurnErrorHandler
{
    private readonly ConversationIdHash _conversationIdHash;
    private readonly TrialBotMetrics _metrics;
    private readonly ILogger<TurnErrorHandler> _logger;

    /// <summary>Creates the handler.</summary>
    public TurnErrorHandler(ConversationIdHash conversationIdHash, TrialBotMetrics metrics, ILogger<TurnErrorHandler> logger)
    {
        _conversationIdHash = conversationIdHash ?? throw new ArgumentNullException(nameof(conversationIdHash));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Handles a failed turn; matches <see cref="BotAdapter.OnTurnError"/>.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        var conversation = _conversationIdHash.Compute(activity?.Conversation?.Id);
        var exceptionType = exception.GetType().FullName ?? exception.GetType().Name;

        _metrics.RecordTurnError(activity?.ChannelId, exception.GetType().Name);
        LogTurnFailed(_logger, exceptionType, InnerTypes(exception), conversation, exception.StackTrace);

        try
        {
            var apology = MessageFactory.Text(TurnErrorApology.For(activity?.Locale));
            apology.Locale = activity?.Locale;
            await turnContext.SendActivityAsync(apology).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The apology is best effort: a failure to send it must not turn one failure into a second, unlogged one.
        catch (Exception sendFailure)
#pragma warning restore CA1031
        {
            LogApologyFailed(_logger, sendFailure.GetType().FullName ?? sendFailure.GetType().Name, conversation);
        }
    }

    private static string InnerTypes(Exception exception)
    {
        var types = new List<string>();
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            types.Add(inner.GetType().FullName ?? inner.GetType().Name);
        }

        return string.Join(" <- ", types);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "Turn failed with {ExceptionType} (inner: {InnerExceptionTypes}) in conversation {ConversationHash}; the person got an apology. Stack: {StackTrace}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string innerExceptionTypes, string conversationHash, string? stackTrace);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning,
        Message = "The apology for a failed turn could not be sent ({ExceptionType}) in conversation {ConversationHash}")]
    private static partial void LogApologyFailed(ILogger logger, string exceptionType, string conversationHash);
}
