using TrialBot.Bench.Conversations;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Reporting;

/// <summary>The goals of the benchmarks issue, judged from a report. Figures, never assertions.</summary>
internal static class Goals
{
    public const double TurnP99Milliseconds = 2;
    public const double HttpShareOfCeiling = 0.6;
    public const double ColdStartMilliseconds = 1500;
    public const double StoredBytesPerConversation = 4096;

    /// <summary>"Flat": resident memory after the last share of utterances is within this fraction of that after the first share.</summary>
    public const double FlatGrowth = 0.10;

    public static IReadOnlyList<Goal> Judge(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [TurnLatency(report), HttpThroughput(report), ColdStart(report), StoredState(report), UtteranceMemory(report)];
    }

    /// <summary>Screening turns per second ÷ echo turns per second for each storage and concurrency.</summary>
    public static IEnumerable<(string Storage, int Concurrency, double Ratio)> HttpRatios(IEnumerable<HttpLoadResult> results) =>
        results.GroupBy(r => (r.Storage, r.Concurrency))
            .Select(g => (g.Key.Storage, g.Key.Concurrency,
                Ratio: g.FirstOrDefault(r => r.Bot == BotKind.Screening)?.TurnsPerSecond / g.FirstOrDefault(r => r.Bot == BotKind.Echo)?.TurnsPerSecond))
            .Where(r => r.Ratio is not null && double.IsFinite(r.Ratio.Value))
            .Select(r => (r.Storage, r.Concurrency, r.Ratio!.Value));

    private static Goal TurnLatency(BenchReport report)
    {
        var screening = (report.InProcess ?? []).Where(r => r.Bot == BotKind.Screening && r.Latency.Count > 0).ToList();
        var worst = screening.Count == 0 ? (double?)null : screening.Max(r => r.Latency.P99);
        return new Goal("In-process per-turn p99 (screening)", $"< {TurnP99Milliseconds} ms",
            string.Join(", ", screening.Select(r => $"{r.Language.Label()} {Figures.Of(r.Latency.P99)} ms")), worst is null ? null : worst < TurnP99Milliseconds);
    }

    private static Goal HttpThroughput(BenchReport report)
    {
        var ratios = HttpRatios(report.Http ?? []).ToList();
        return new Goal("HTTP throughput, share of the echo ceiling (same storage)", $"≥ {Figures.Percent(HttpShareOfCeiling)}",
            string.Join(", ", ratios.Select(r => $"{r.Storage} ×{r.Concurrency}: {Figures.Percent(r.Ratio)}")),
            ratios.Count == 0 ? null : ratios.All(r => r.Ratio >= HttpShareOfCeiling));
    }

    private static Goal ColdStart(BenchReport report)
    {
        var firstReplies = (report.ColdStart ?? []).Select(r => r.FirstReplyMs).ToList();
        var worst = firstReplies.Count == 0 || firstReplies.Any(ms => ms is null) ? null : firstReplies.Max();
        return new Goal("Cold start to the first reply", $"< {Figures.Whole(ColdStartMilliseconds)} ms",
            string.Join(", ", firstReplies.Select(ms => $"{Figures.Whole(ms)} ms")), worst is null ? null : worst < ColdStartMilliseconds);
    }

    private static Goal StoredState(BenchReport report)
    {
        var stored = report.StoredState;
        return new Goal("Stored state per conversation", $"< {Figures.Whole(StoredBytesPerConversation)} bytes",
            stored is null ? string.Empty : $"mean {Figures.Whole(stored.MeanBytes)} bytes, max {Figures.Whole(stored.MaxBytes)} bytes",
            stored is null || stored.Conversations == 0 ? null : stored.MaxBytes < StoredBytesPerConversation);
    }

    private static Goal UtteranceMemory(BenchReport report)
    {
        var samples = report.Memory?.FirstOrDefault(m => m.Subject.Contains("utterances", StringComparison.Ordinal))?.Samples.Where(s => s.Count > 0).ToList() ?? [];
        if (samples.Count < 2)
        {
            return new Goal("Resident memory after distinct utterances", "flat", string.Empty, null);
        }

        var growth = samples[^1].ResidentMiB / samples[0].ResidentMiB - 1;
        return new Goal("Resident memory after distinct utterances", $"flat (≤ {Figures.Percent(FlatGrowth)} growth from the first to the last sample)",
            $"{Figures.Of(samples[0].ResidentMiB, "0")} MiB at {Figures.Count(samples[0].Count)} → {Figures.Of(samples[^1].ResidentMiB, "0")} MiB at {Figures.Count(samples[^1].Count)} ({Figures.Percent(growth)})",
            growth <= FlatGrowth);
    }
}
