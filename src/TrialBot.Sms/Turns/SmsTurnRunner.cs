using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrialBot.Relay;

namespace TrialBot.Sms.Turns;

/// <summary>
/// Runs the bot's turn for an SMS through the host's adapter (<see cref="InProcessBot"/>), one turn at a time per
/// sender, bounded by <see cref="SmsOptions.BotTimeout"/> (waiting for the sender's earlier turn included). A turn
/// that runs out of time is cancelled, so the conversation's state stays as the person saw it; the request stops
/// waiting at once even if the bot does not heed the cancellation, and the sender's next turn waits until it has ended.
/// </summary>
internal sealed partial class SmsTurnRunner(
    InProcessBot bot,
    SenderTurnGates gates,
    IOptions<SmsOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<SmsTurnRunner> logger)
{
    /// <summary>
    /// Runs the turn for <paramref name="activity"/> (from <see cref="Activity.From"/>) and returns its replies, or why
    /// there are none (<see cref="SmsTurnOutcome.TimedOut"/> also when the host is stopping).
    /// </summary>
    /// <param name="activity">The message activity.</param>
    /// <param name="cancellationToken">The request's cancellation: the caller went away.</param>
    public async Task<SmsTurn> TakeTurnAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var timeout = options.Value.BotTimeout;
        var deadline = new CancellationTokenSource(timeout, clock);
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken, lifetime.ApplicationStopping);
        var turn = RunAsync(activity, cancellation.Token);
        try
        {
            return await turn.WaitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            if (deadline.IsCancellationRequested)
            {
                LogTimedOut(activity.Id, timeout);
            }
            else
            {
                LogStopping(activity.Id);
            }

            return SmsTurn.TimedOut;
        }
        finally
        {
            // The sources live as long as the turn, which may outlast this request.
            _ = turn.ContinueWith(
                _ =>
                {
                    cancellation.Dispose();
                    deadline.Dispose();
                },
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private async Task<SmsTurn> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            using var gate = await gates.EnterAsync(activity.From.Id, cancellationToken).ConfigureAwait(false);
            return SmsTurn.Replied(await bot.TakeTurnAsync(activity, cancellationToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return SmsTurn.TimedOut;
        }
#pragma warning disable CA1031 // The bot is foreign code: any failure the adapter did not handle becomes an answer, never a 500.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // The type only: an exception message may quote what the person wrote.
            LogTurnFailed(activity.Id, exception.GetType().FullName);
            return SmsTurn.Failed;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot did not answer SMS {MessageSid} within {BotTimeout}; the turn was cancelled and Twilio got an empty answer.")]
    private partial void LogTimedOut(string messageSid, TimeSpan botTimeout);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The host is stopping: the bot's turn for SMS {MessageSid} was cancelled and Twilio got an empty answer.")]
    private partial void LogStopping(string messageSid);

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot's turn for SMS {MessageSid} failed ({ExceptionType}).")]
    private partial void LogTurnFailed(string messageSid, string? exceptionType);
}
