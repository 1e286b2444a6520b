namespace TrialBot.Bench.Reporting;

/// <summary>
/// Puts a run's tables into BENCHMARKS.md between the markers <c>&lt;!-- results:start --&gt;</c> and
/// <c>&lt;!-- results:end --&gt;</c>, keeping the hand-written method and analysis around them.
/// </summary>
internal static class BenchmarksFile
{
    public const string StartMarker = "<!-- results:start (written by scripts/bench; edit outside the markers) -->";
    public const string EndMarker = "<!-- results:end -->";

    public static void Write(string path, string results) => WriteBlock(path, results, StartMarker, EndMarker);

    /// <summary>Writes <paramref name="results"/> between <paramref name="startMarker"/> and <paramref name="endMarker"/> (appended when absent).</summary>
    /// <param name="path">The file.</param>
    /// <param name="results">The block's text.</param>
    /// <param name="startMarker">The line opening the block.</param>
    /// <param name="endMarker">The line closing it.</param>
    public static void WriteBlock(string path, string results, string startMarker, string endMarker)
    {
        var current = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var start = current.IndexOf(startMarker, StringComparison.Ordinal);
        var end = current.IndexOf(endMarker, StringComparison.Ordinal);
        var block = $"{startMarker}\n{results.TrimEnd()}\n{endMarker}";
        var updated = start >= 0 && end > start
            ? string.Concat(current.AsSpan(0, start), block, current.AsSpan(end + endMarker.Length))
            : $"{current.TrimEnd()}\n\n{block}\n";
        File.WriteAllText(path, updated);
    }
}
