using Microsoft.Bot.Builder;
using TrialBot.Host.Telemetry;

namespace TrialBot.Host.BotFramework;

/// <summary>
/// Bot Framework middleware around every turn: opens a log scope carrying the hashed conversation id, the channel and
/// the activity type (so every log line of the turn can be followed without the raw id), and records the turn's
/// duration in <see cref="TrialBotMetrics"/>.
/// </summary>
public sealed partial class TurnTelemetryMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly TrialBotMetrics metrics;
    private readonly ConversationIdHash conversationIdHash;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<TurnTelemetryMiddleware> logger;

    /// <summary>Creates the middleware.</summary>
    public TurnTelemetryMiddleware(TrialBotMetrics metrics, ConversationIdHash conversationIdHash, TimeProvider timeProvider, ILogger<TurnTelemetryMiddleware> logger)
    {
        this.metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        this.conversationIdHash = conversationIdHash ?? throw new ArgumentNullException(nameof(conversationIdHash));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var conversation = conversationIdHash.Compute(activity?.Conversation?.Id);
        var channel = MetricTagValues.Channel(activity?.ChannelId);
        var activityType = MetricTagValues.ActivityType(activity?.Type);

        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ConversationHash"] = conversation,
            ["Channel"] = channel,
            ["ActivityType"] = activityType,
        });
        var started = timeProvider.GetTimestamp();
        var failed = true;
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            failed = false;
        }
        finally
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            metrics.RecordTurn(elapsed, activity?.ChannelId, activity?.Type, failed);
            LogTurn(logger, activityType, channel, conversation, elapsed.TotalMilliseconds, failed);
        }
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Debug,
        Message = "Turn {ActivityType} on {Channel} in conversation {ConversationHash} took {ElapsedMilliseconds:0.0} ms (failed: {Failed})")]
    private static partial void LogTurn(ILogger logger, string activityType, string channel, string conversationHash, double elapsedMilliseconds, bool failed);
}
