using System.Diagnostics.Metrics;

namespace TrialBot.Host.Telemetry;

/// <summary>
/// The service's own metrics, on the <see cref="Meter"/> named <see cref="MeterName"/>, exported at <c>/metrics</c>.
/// Other parts add instruments to the same meter: <c>meterFactory.Create("TrialBot")</c> returns this meter, and every
/// meter named <c>TrialBot</c> or <c>TrialBot.*</c> is exported.
/// </summary>
public sealed class TrialBotMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "TrialBot";

    /// <summary>The turn-latency histogram, in seconds (Prometheus: <c>trialbot_turn_duration_seconds</c>).</summary>
    public const string TurnDurationName = "trialbot.turn.duration";

    /// <summary>The counter of turns that failed with an exception (Prometheus: <c>trialbot_turn_errors_total</c>).</summary>
    public const string TurnErrorsName = "trialbot.turn.errors";

    private static readonly double[] TurnDurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Histogram<double> turnDuration;
    private readonly Counter<long> turnErrors;

    /// <summary>Creates the meter and its instruments from the host's meter factory.</summary>
    public TrialBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        turnDuration = Meter.CreateHistogram(
            TurnDurationName,
            unit: "s",
            description: "Time the bot took to handle one incoming activity, replies included.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = TurnDurationBuckets });
        turnErrors = Meter.CreateCounter<long>(
            TurnErrorsName,
            unit: "{turn}",
            description: "Turns that ended with an exception and an apology to the person.");
    }

    /// <summary>The meter; add further instruments to it (outcomes, the screening funnel) rather than creating another.</summary>
    public Meter Meter { get; }

    /// <summary>Records how long one turn took.</summary>
    /// <param name="duration">The turn's duration.</param>
    /// <param name="channelId">The activity's channel (unknown channels are recorded as <c>other</c>).</param>
    /// <param name="activityType">The activity's type (unknown types are recorded as <c>other</c>).</param>
    /// <param name="failed">Whether the turn ended with an exception.</param>
    public void RecordTurn(TimeSpan duration, string? channelId, string? activityType, bool failed)
    {
        turnDuration.Record(
            duration.TotalSeconds,
            new KeyValuePair<string, object?>("channel", MetricTagValues.Channel(channelId)),
            new KeyValuePair<string, object?>("activity_type", MetricTagValues.ActivityType(activityType)),
            new KeyValuePair<string, object?>("outcome", failed ? "error" : "ok"));
    }

    /// <summary>Counts a turn that failed.</summary>
    /// <param name="channelId">The activity's channel (unknown channels are recorded as <c>other</c>).</param>
    /// <param name="exceptionType">The exception's type name (a type of this process, so a bounded set).</param>
    public void RecordTurnError(string? channelId, string exceptionType)
    {
        turnErrors.Add(
            1,
            new KeyValuePair<string, object?>("channel", MetricTagValues.Channel(channelId)),
            new KeyValuePair<string, object?>("exception_type", exceptionType));
    }
}
