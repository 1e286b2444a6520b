using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace TrialBot.Bench.Reporting;

/// <summary>What the figures were measured on, read from the machine itself.</summary>
internal sealed record MachineDescription(string Cpu, int LogicalCores, double MemoryGiB, string OperatingSystem, string Runtime, string GarbageCollector)
{
    public static MachineDescription Current() => new(
        CpuModel(),
        Environment.ProcessorCount,
        MemoryTotalGiB(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        GCSettings.IsServerGC ? "server" : "workstation");

    /// <summary>The load averages over 1, 5 and 15 minutes (/proc/loadavg), as <c>uptime</c> shows them.</summary>
    public static string LoadAverages() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    private static double MemoryTotalGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / (1024 * 1024);
    }
}
