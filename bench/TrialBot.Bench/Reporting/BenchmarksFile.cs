namespace TrialBot.Bench.Reporting;

/// <summary>
/// Puts a run's tables into BENCHMARKS.md between the markers <c>&lt;!-- results:start --&gt;</c> and
/// <c>&lt;!-- results:end --&gt;</c>, keeping the hand-written method and analysis around them.
/// </summary>
internal static class BenchmarksFile
{
    public const string StartMarker = "<!-- results:start (written by scripts/bench; edit outside the markers) -->";
    public const string EndMarker = "<!-- results:end -->";

    public static void Write(string path, string results)
    {
        var current = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var start = current.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = current.IndexOf(EndMarker, StringComparison.Ordinal);
        var block = $"{StartMarker}\n{results.TrimEnd()}\n{EndMarker}";
        var updated = start >= 0 && end > start
            ? string.Concat(current.AsSpan(0, start), block, current.AsSpan(end + EndMarker.Length))
            : $"{current.TrimEnd()}\n\n{block}\n";
        File.WriteAllText(path, updated);
    }
}
