using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Activities;
using TrialBot.DirectLine.Conversations;
using TrialBot.Relay;

namespace TrialBot.DirectLine.Bot;

/// <summary>
/// Runs the bot's turns for a conversation one at a time, in arrival order: queues the user's activity (the echo Web
/// Chat waits for), hands it to the bot, and queues the bot's replies. A request waits for its turn at most
/// <see cref="DirectLineOptions.BotTimeout"/>; the turn itself is not tied to the request, so a slow turn or a client
/// that went away still gets its replies queued, in order.
/// </summary>
internal sealed partial class ConversationRelay(
    InProcessBot inProcessBot,
    ActivityStamper stamper,
    ConversationRegistry registry,
    TurnGates gates,
    IOptions<DirectLineOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<ConversationRelay> logger)
{
    /// <summary>Tells the bot that <paramref name="conversation"/> started, and queues its greeting.</summary>
    public Task<(TurnOutcome Outcome, string? ActivityId)> StartAsync(
        Conversation conversation, string serviceUrl, CancellationToken cancellationToken = default) =>
        WaitForTurnAsync(conversation, stamper.ConversationStart(conversation, serviceUrl), echo: false, cancellationToken);

    /// <summary>Queues a client's <paramref name="activity"/>, hands it to the bot and queues the replies.</summary>
    public Task<(TurnOutcome Outcome, string? ActivityId)> SendAsync(
        Conversation conversation, Activity activity, string serviceUrl, CancellationToken cancellationToken = default)
    {
        stamper.StampIncoming(activity, conversation, serviceUrl);
        return WaitForTurnAsync(conversation, activity, echo: true, cancellationToken);
    }

    private async Task<(TurnOutcome Outcome, string? ActivityId)> WaitForTurnAsync(
        Conversation conversation, Activity activity, bool echo, CancellationToken cancellationToken)
    {
        var turn = RunTurnAsync(conversation, activity, echo, lifetime.ApplicationStopping);
        try
        {
            return await turn.WaitAsync(options.Value.BotTimeout, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogTurnStillRunning(conversation.Id, options.Value.BotTimeout);
            return (TurnOutcome.StillRunning, null);
        }
    }

    private async Task<(TurnOutcome Outcome, string? ActivityId)> RunTurnAsync(
        Conversation conversation, Activity activity, bool echo, CancellationToken cancellationToken)
    {
        var gate = gates.For(conversation.Id);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var activityId = echo ? await registry.AppendAsync(conversation.Id, activity, cancellationToken).ConfigureAwait(false) : activity.Id;
            IReadOnlyList<Activity> replies;
            try
            {
                replies = await inProcessBot.TakeTurnAsync(activity, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The bot is foreign code: any failure becomes a 502 for the client, never a 500.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                // The type only: an exception message may quote what the user wrote.
                LogTurnFailed(conversation.Id, exception.GetType().FullName);
                return (TurnOutcome.Failed, activityId);
            }

            foreach (var reply in replies.Where(reply => stamper.StampReply(reply, activity)))
            {
                await registry.AppendAsync(conversation.Id, reply, cancellationToken).ConfigureAwait(false);
            }

            return (TurnOutcome.Delivered, activityId);
        }
        finally
        {
            gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed a turn of conversation {ConversationId} ({ExceptionType}).")]
    private partial void LogTurnFailed(string conversationId, string? exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A turn of conversation {ConversationId} is taking longer than {BotTimeout}; its replies will be queued when it ends.")]
    private partial void LogTurnStillRunning(string conversationId, TimeSpan botTimeout);
}
