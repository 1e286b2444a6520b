using System.Globalization;

namespace TrialBot.Bench.Measurement;

/// <summary>The resident set size of a process, read from /proc (Linux), in mebibytes.</summary>
internal static class ResidentMemory
{
    public static double OfCurrentProcessMiB() => OfProcessMiB(Environment.ProcessId);

    public static double OfProcessMiB(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return double.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024;
            }
        }

        throw new InvalidOperationException($"/proc/{processId}/status has no VmRSS line.");
    }

    /// <summary>The managed heap after a full, compacting collection, in mebibytes.</summary>
    public static double ManagedHeapAfterFullCollectionMiB()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false) / (1024.0 * 1024.0);
    }
}
