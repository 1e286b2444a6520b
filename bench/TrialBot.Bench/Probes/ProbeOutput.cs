using System.Text.Json;

namespace TrialBot.Bench.Probes;

/// <summary>How a probe (a child process of the benchmarks) hands its result back: one line <c>RESULT {json}</c> on standard output.</summary>
internal static class ProbeOutput
{
    public const string Marker = "RESULT ";

    public static void Write<T>(T result) => Console.Out.WriteLine(Marker + JsonSerializer.Serialize(result));

    public static T? Read<T>(IEnumerable<string> lines) =>
        lines.LastOrDefault(line => line.StartsWith(Marker, StringComparison.Ordinal)) is { } line
            ? JsonSerializer.Deserialize<T>(line[Marker.Length..])
            : default;
}
