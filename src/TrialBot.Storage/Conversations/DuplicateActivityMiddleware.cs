using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace TrialBot.Storage.Conversations;

/// <summary>
/// Runs each activity once: a channel that re-delivers an activity with an id already processed in the same
/// conversation gets no second run and no replies. The id is recorded before the turn runs; if the turn throws, the
/// record is removed so that a retry can run. Add it to the adapter before any state middleware. Activities without
/// an id pass through. A process that dies mid-turn leaves the record behind: that activity is not run again.
/// </summary>
public sealed partial class DuplicateActivityMiddleware : IMiddleware
{
    private readonly IProcessedActivityStore store;
    private readonly ILogger<DuplicateActivityMiddleware> logger;

    /// <summary>Initializes a new instance of the <see cref="DuplicateActivityMiddleware"/> class.</summary>
    /// <param name="store">Where processed activities are recorded.</param>
    /// <param name="logger">The logger.</param>
    public DuplicateActivityMiddleware(IProcessedActivityStore store, ILogger<DuplicateActivityMiddleware> logger)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);

        var conversation = ConversationKey.From(turnContext.Activity);
        if (conversation is null || string.IsNullOrEmpty(turnContext.Activity.Id))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = new ActivityKey(conversation, turnContext.Activity.Id);
        if (!await store.TryRecordAsync(activity, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(conversation.ChannelId, activity.ActivityId);
            return;
        }

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The turn did not complete: forget the activity so that a re-delivery runs it.
            await ForgetAfterFailedTurnAsync(activity).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ForgetAfterFailedTurnAsync(ActivityKey activity)
    {
        try
        {
            // Not cancellable: the record must go even when the turn was cancelled.
            await store.ForgetAsync(activity, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The turn's own exception is the one to report; this one only means a re-delivery will be skipped.
            LogForgetFailed(exception, activity.Conversation.ChannelId, activity.ActivityId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped a re-delivered activity {ActivityId} on channel {ChannelId}: it was already processed.")]
    private partial void LogDuplicate(string channelId, string activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not forget the failed activity {ActivityId} on channel {ChannelId}; a re-delivery of it will be skipped.")]
    private partial void LogForgetFailed(Exception exception, string channelId, string activityId);
}
