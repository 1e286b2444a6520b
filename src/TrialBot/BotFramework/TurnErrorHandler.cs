using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Host.Telemetry;
using TrialBot.Storage;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// The one handler for turns that fail, shared by every adapter of the host (<see cref="BotAdapter.OnTurnError"/>).
/// It logs the exception's type, stack and the hashed conversation id, never the person's text nor the exception's
/// message (which may quote it), counts the failure, and sends the person a short reply in their language, never a
/// stack trace. A failed turn stored nothing (the bot saves the conversation's state last), so the replies the turn had
/// produced but not yet sent (<c>expectReplies</c>) are dropped: they answered a message that was not kept, and a next
/// question shown above the apology would take the resent answer for the wrong question. The person is told that their
/// last message was not saved and to send it again: because of a <see cref="StorageConflictException"/> (two turns of
/// one conversation at once, in this process or another), or of any other failure (the storage unreachable, a bug).
/// </summary>
public sealed partial class TurnErrorHandler
{
    private readonly ConversationIdHash conversationIdHash;
    private readonly TrialBotMetrics metrics;
    private readonly ILogger<TurnErrorHandler> logger;

    /// <summary>Creates the handler.</summary>
    public TurnErrorHandler(ConversationIdHash conversationIdHash, TrialBotMetrics metrics, ILogger<TurnErrorHandler> logger)
    {
        this.conversationIdHash = conversationIdHash ?? throw new ArgumentNullException(nameof(conversationIdHash));
        this.metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Handles a failed turn; matches <see cref="BotAdapter.OnTurnError"/>.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        var conversation = conversationIdHash.Compute(activity?.Conversation?.Id);
        var conflict = FindConflict(exception);

        metrics.RecordTurnError(activity?.ChannelId, (conflict ?? exception).GetType().Name);
        (turnContext as TurnContext)?.BufferedReplyActivities.Clear();
        string reply;
        if (conflict is not null)
        {
            // The conflict's message names the storage key, which holds the raw conversation id: it is not logged.
            LogTurnConflict(logger, conversation);
            reply = TurnConflictNotice.For(activity?.Locale);
        }
        else
        {
            LogTurnFailed(logger, exception.GetType().FullName ?? exception.GetType().Name, InnerTypes(exception), conversation, exception.StackTrace);
            reply = TurnErrorApology.For(activity?.Locale);
        }

        if (activity?.Type != ActivityTypes.Message)
        {
            // The person sent nothing (an install, a member added, a typing indicator): there is nothing of theirs to
            // apologise for, and an apology out of the blue would only confuse. A conflicting greeting was sent by the
            // other turn.
            return;
        }

        try
        {
            var message = MessageFactory.Text(reply);
            message.Locale = activity?.Locale;
            await turnContext.SendActivityAsync(message).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The reply is best effort: a failure to send it must not turn one failure into a second, unlogged one.
        catch (Exception sendFailure)
#pragma warning restore CA1031
        {
            LogReplyFailed(logger, sendFailure.GetType().FullName ?? sendFailure.GetType().Name, conversation);
        }
    }

    private static StorageConflictException? FindConflict(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageConflictException conflict)
            {
                return conflict;
            }
        }

        return null;
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
        Message = "The reply to a failed turn could not be sent ({ExceptionType}) in conversation {ConversationHash}")]
    private static partial void LogReplyFailed(ILogger logger, string exceptionType, string conversationHash);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Turn not saved: storage conflict (the conversation's state changed while the turn ran) in conversation {ConversationHash}; the person was asked to send their message again")]
    private static partial void LogTurnConflict(ILogger logger, string conversationHash);
}
