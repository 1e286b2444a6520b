using System.Collections.Concurrent;

namespace TrialBot.Bench.Measurement;

/// <summary>What a run of conversations recorded: each turn's latency and allocation, and every failure with its reason.</summary>
internal sealed class TurnLog
{
    private readonly ConcurrentQueue<double> latencies = new();
    private readonly ConcurrentQueue<long> allocations = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> latenciesByStep = new(StringComparer.Ordinal);
    private int conversations;

    public int Turns => latencies.Count;

    public int Conversations => conversations;

    public IReadOnlyCollection<string> Errors => errors;

    /// <summary>Records a turn; <paramref name="step"/> names what the turn did (the question it answered), for <see cref="LatencyBySteps"/>.</summary>
    public void RecordTurn(TimeSpan latency, long? allocatedBytes = null, string? step = null)
    {
        latencies.Enqueue(latency.TotalMilliseconds);
        if (step is not null)
        {
            latenciesByStep.GetOrAdd(step, _ => new ConcurrentQueue<double>()).Enqueue(latency.TotalMilliseconds);
        }

        if (allocatedBytes is { } bytes)
        {
            allocations.Enqueue(bytes);
        }
    }

    public void RecordConversation() => Interlocked.Increment(ref conversations);

    public void RecordError(string reason) => errors.Enqueue(reason);

    public LatencySummary Latency() => LatencySummary.Of(latencies);

    /// <summary>The latency of the turns of each step (for a screening: the question the turn answered).</summary>
    public IReadOnlyDictionary<string, LatencySummary> LatencyBySteps() =>
        latenciesByStep.ToDictionary(step => step.Key, step => LatencySummary.Of(step.Value), StringComparer.Ordinal);

    /// <summary>Mean bytes allocated per turn, or null when allocations were not measured.</summary>
    public double? MeanAllocatedBytes() => allocations.IsEmpty ? null : allocations.Average();

    /// <summary>The errors of a measured run after its warm-up: the warm-up's marked as such, then this log's.</summary>
    public IReadOnlyList<string> ErrorSummaryAfter(TurnLog warmUp)
    {
        ArgumentNullException.ThrowIfNull(warmUp);
        return [.. warmUp.ErrorSummary().Select(error => $"{error} (warm-up)"), .. ErrorSummary()];
    }

    /// <summary>The distinct failure reasons with their counts, most frequent first.</summary>
    public IReadOnlyList<string> ErrorSummary() => errors
        .GroupBy(reason => reason)
        .OrderByDescending(group => group.Count())
        .Select(group => $"{group.Count()} × {group.Key}")
        .ToList();
}
