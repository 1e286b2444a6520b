using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace TrialBot.Bench.Measurement;

/// <summary>
/// A profile of what the process allocates while it is listening: the runtime's own allocation samples (one
/// <c>GCAllocationTick</c> event about every 100 KB allocated, naming the type of the object that crossed the mark),
/// summed by type, and the collections and pause time of the garbage collector over the same span. Sampling, so a
/// type's share is an estimate that improves with the span's length; cheap enough to leave the turns' cost unchanged.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const string RuntimeSource = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> bytesByType = new(StringComparer.Ordinal);
    private readonly int[] collectionsAtStart = new int[3];
    private TimeSpan pauseAtStart;
    private volatile bool listening;

    /// <summary>Starts sampling from now.</summary>
    public void Start()
    {
        bytesByType.Clear();
        for (var generation = 0; generation < collectionsAtStart.Length; generation++)
        {
            collectionsAtStart[generation] = GC.CollectionCount(generation);
        }

        pauseAtStart = GC.GetTotalPauseDuration();
        listening = true;
    }

    /// <summary>Stops sampling and returns what was sampled, per turn of the <paramref name="turns"/> run meanwhile.</summary>
    public TurnProfile Stop(int turns)
    {
        listening = false;
        return Snapshot(turns);
    }

    /// <summary>What was sampled so far, per turn of the <paramref name="turns"/> run since <see cref="Start"/>.</summary>
    public TurnProfile Snapshot(int turns)
    {
        var perTurn = Math.Max(turns, 1);
        var collections = Enumerable.Range(0, collectionsAtStart.Length).Select(generation => (GC.CollectionCount(generation) - collectionsAtStart[generation]) * 1000.0 / perTurn).ToArray();
        // ToArray takes the dictionary's locks for one consistent copy; sorting the live dictionary sizes its buffer from
        // a count that the listener's thread can outgrow mid-copy.
        var types = bytesByType.ToArray().OrderByDescending(pair => pair.Value).Select(pair => new TypeAllocation(pair.Key, pair.Value / (double)perTurn)).ToList();
        return new TurnProfile(turns, (GC.GetTotalPauseDuration() - pauseAtStart).TotalMilliseconds / perTurn, collections[0], collections[1], collections[2], types);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        ArgumentNullException.ThrowIfNull(eventSource);
        if (eventSource.Name == RuntimeSource)
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (!listening || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var names = eventData.PayloadNames;
        var amount = Payload(eventData, names, "AllocationAmount64") ?? Payload(eventData, names, "AllocationAmount");
        var typeIndex = names?.IndexOf("TypeName") ?? -1;
        var type = typeIndex >= 0 ? eventData.Payload[typeIndex] as string : null;
        if (amount is { } bytes)
        {
            bytesByType.AddOrUpdate(string.IsNullOrEmpty(type) ? "(unnamed)" : type, bytes, (_, sum) => sum + bytes);
        }
    }

    private static long? Payload(EventWrittenEventArgs eventData, System.Collections.ObjectModel.ReadOnlyCollection<string>? names, string name)
    {
        var index = names?.IndexOf(name) ?? -1;
        return index >= 0 ? Convert.ToInt64(eventData.Payload![index], System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
