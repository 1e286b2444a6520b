using System.Diagnostics;
using TrialBot.Bench.Results;
using TrialBot.Corpus;

namespace TrialBot.Bench.Scenarios;

/// <summary>
/// Reads the whole corpus (tests/corpus) with the bot's own answer reader, as the corpus tests do: the understood rate
/// per question, language and part for BENCHMARKS.md. A first pass warms the models; the second is timed.
/// </summary>
internal static class UnderstandingScenario
{
    /// <summary>Runs the scenario.</summary>
    /// <param name="profile">How many answers to read (the smoke profile: a few).</param>
    /// <returns>The result.</returns>
    public static UnderstandingResult Run(BenchProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var rows = profile.UnderstandingAnswers is { } count ? CorpusFile.All.Take(count).ToList() : CorpusFile.All;
        _ = CorpusReport.Read(rows);
        var clock = Stopwatch.StartNew();
        var report = CorpusReport.Read(rows);
        var elapsed = clock.Elapsed;
        return new UnderstandingResult(
            rows.Count,
            report.Readings.Count(reading => reading.Verdict == CorpusVerdict.AsExpected),
            report.Readings.Count(reading => reading.Verdict == CorpusVerdict.Flips),
            report.Table(),
            rows.Count == 0 ? 0 : elapsed.TotalMicroseconds / rows.Count);
    }
}
