using TrialBot.Bench.Measurement;

namespace TrialBot.Bench.Results;

/// <summary>Resident memory and the live managed heap (after a full collection) after <paramref name="Count"/> items.</summary>
internal sealed record MemorySample(int Count, double ResidentMiB, double ManagedHeapMiB)
{
    /// <summary>Samples this process now: resident memory first, then the heap after a full collection.</summary>
    public static MemorySample Take(int count)
    {
        var resident = ResidentMemory.OfCurrentProcessMiB();
        return new MemorySample(count, resident, ResidentMemory.ManagedHeapAfterFullCollectionMiB());
    }
}
