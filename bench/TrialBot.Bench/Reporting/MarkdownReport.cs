using System.Globalization;
using System.Text;
using TrialBot.Bench.Conversations;
using TrialBot.Bench.Recognition;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Reporting;

/// <summary>The measured part of BENCHMARKS.md: the run's circumstances, one table per scenario, the goals and any errors.</summary>
internal static class MarkdownReport
{

    public static string Render(BenchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        Circumstances(text, report);
        if (report.InProcess is { } inProcess)
        {
            InProcessTable(text, inProcess);
        }

        if (report.Http is { } http)
        {
            HttpTable(text, http);
        }

        if (report.ColdStart is { } coldStart)
        {
            ColdStartTable(text, coldStart);
        }

        if (report.Recognition is { } recognition)
        {
            RecognitionTable(text, recognition);
        }

        if (report.Memory is not null || report.StoredState is not null)
        {
            MemoryTables(text, report.Memory ?? [], report.StoredState);
        }

        GoalTable(text, report);
        ErrorList(text, report);
        return text.ToString();
    }

    private static void Circumstances(StringBuilder text, BenchReport report)
    {
        var machine = report.Machine;
        text.AppendLine(CultureInfo.InvariantCulture, $"Measured {report.Started:yyyy-MM-dd HH:mm} UTC by `scripts/bench` (profile {report.Profile.Name}, {Figures.Of(report.Duration.TotalMinutes, "0.0")} minutes).")
            .AppendLine()
            .Append(new MarkdownTable("machine", "")
                .Row("CPU", $"{machine.Cpu}, {machine.LogicalCores} logical cores")
                .Row("memory", $"{Figures.Of(machine.MemoryGiB, "0.0")} GiB")
                .Row("system", machine.OperatingSystem)
                .Row(".NET", $"{machine.Runtime}, {machine.GarbageCollector} GC")
                .Row("load average (1, 5, 15 min) before / after", $"{report.LoadBefore} / {report.LoadAfter}"))
            .AppendLine();
        foreach (var skipped in report.Skipped)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Not run: {skipped}.").AppendLine();
        }
    }

    private static void InProcessTable(StringBuilder text, IReadOnlyList<InProcessResult> results)
    {
        text.AppendLine("### 1. In-process turns (adapter, in-memory storage, one turn at a time)").AppendLine();
        var table = new MarkdownTable("bot", "language", "conversations", "turns", "p50 (ms)", "p99 (ms)", "mean (ms)", "allocated per turn (KB)", "errors");
        foreach (var r in results)
        {
            table.Row(BotName(r.Bot), r.Language.Label(), Figures.Count(r.Conversations), Figures.Count(r.Turns), Figures.Of(r.Latency.P50, "0.000"),
                Figures.Of(r.Latency.P99, "0.000"), Figures.Of(r.Latency.Mean, "0.000"), Figures.Kilobytes(r.BytesPerTurn), Figures.Errors(r.Errors));
        }

        text.Append(table).AppendLine();
        var ratios = new MarkdownTable("language", "p50 screening ÷ echo", "p99 screening ÷ echo", "allocated screening ÷ echo");
        foreach (var language in results.Select(r => r.Language).Distinct())
        {
            var screening = results.FirstOrDefault(r => r.Bot == BotKind.Screening && r.Language == language);
            var echo = results.FirstOrDefault(r => r.Bot == BotKind.Echo && r.Language == language);
            ratios.Row(language.Label(), Figures.Ratio(screening?.Latency.P50 / echo?.Latency.P50), Figures.Ratio(screening?.Latency.P99 / echo?.Latency.P99),
                Figures.Ratio(screening?.BytesPerTurn / echo?.BytesPerTurn));
        }

        text.Append(ratios).AppendLine();
        SlowestQuestions(text, results.Where(r => r.Bot == BotKind.Screening).ToList());
        TurnProfiles(text, results);
    }

    private const int ProfiledTypeRows = 12;

    /// <summary>
    /// Why the turns cost what they do: the garbage collector's work per turn, and the types the turns allocate most
    /// (the runtime's allocation samples over a further pass of the same conversations).
    /// </summary>
    private static void TurnProfiles(StringBuilder text, IReadOnlyList<InProcessResult> results)
    {
        var profiled = results.Where(r => r.Profile is not null).ToList();
        if (profiled.Count == 0)
        {
            return;
        }

        text.AppendLine("Where the turns' memory and pauses go (the same conversations once more, with the runtime's allocation samples, one about every 100 KB, and the collector's counters):").AppendLine();
        var collector = new MarkdownTable("bot", "language", "turns", "GC pause per turn (ms)", "gen0 / gen1 / gen2 collections per 1,000 turns");
        foreach (var r in profiled)
        {
            var p = r.Profile!;
            collector.Row(BotName(r.Bot), r.Language.Label(), Figures.Count(p.Turns), Figures.Of(p.GcPauseMsPerTurn, "0.000"),
                $"{Figures.Of(p.Gen0PerThousandTurns, "0.0")} / {Figures.Of(p.Gen1PerThousandTurns, "0.0")} / {Figures.Of(p.Gen2PerThousandTurns, "0.0")}");
        }

        text.Append(collector).AppendLine();
        var types = profiled.SelectMany(r => r.Profile!.Types.Take(ProfiledTypeRows)).Select(t => t.Type).Distinct(StringComparer.Ordinal)
            .OrderByDescending(type => profiled.Max(r => r.Profile!.Types.FirstOrDefault(t => t.Type == type)?.BytesPerTurn ?? 0))
            .Take(ProfiledTypeRows)
            .ToList();
        var table = new MarkdownTable(["type allocated", .. profiled.Select(r => $"{BotName(r.Bot)} {r.Language.Label()} (KB per turn)")]);
        foreach (var type in types)
        {
            table.Row([$"`{type}`", .. profiled.Select(r => Figures.Kilobytes(r.Profile!.Types.FirstOrDefault(t => t.Type == type)?.BytesPerTurn ?? 0))]);
        }

        text.Append(table).AppendLine();
    }

    /// <summary>Where the screening's time goes: every turn by the question it answered, slowest (p99, either language)
    /// first, so that the turns of one kind (the dates and durations, say) can be read off without another run.</summary>
    private static void SlowestQuestions(StringBuilder text, IReadOnlyList<InProcessResult> screening)
    {
        var questions = screening.SelectMany(r => r.LatencyByQuestion.Keys).Distinct()
            .OrderByDescending(question => screening.Max(r => r.LatencyByQuestion.TryGetValue(question, out var latency) ? latency.P99 : 0))
            .ToList();
        if (questions.Count == 0)
        {
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"The screening's turns by the question they answered, slowest first ({questions.Count} questions; the next question's reply included):").AppendLine();
        var table = new MarkdownTable(["question answered", .. screening.SelectMany(r => new[] { $"{r.Language.Label()} p50 (ms)", $"{r.Language.Label()} p99 (ms)" })]);
        foreach (var question in questions)
        {
            table.Row([question, .. screening.SelectMany(r => r.LatencyByQuestion.TryGetValue(question, out var latency)
                ? new[] { Figures.Of(latency.P50, "0.000"), Figures.Of(latency.P99, "0.000") }
                : ["–", "–"])]);
        }

        text.Append(table).AppendLine();
    }

    private static void HttpTable(StringBuilder text, IReadOnlyList<HttpLoadResult> results)
    {
        text.AppendLine("### 2. HTTP on loopback (`POST /api/messages`, expectReplies)").AppendLine();
        var ratios = Goals.HttpRatios(results).ToDictionary(r => (r.Storage, r.Concurrency), r => r.Ratio);
        var table = new MarkdownTable("storage", "concurrent conversations", "screening turns/s", "echo turns/s", "screening ÷ echo",
            "screening p50 / p99 (ms)", "echo p50 / p99 (ms)", "turns (screening / echo)", "errors");
        foreach (var group in results.GroupBy(r => (r.Storage, r.Concurrency)))
        {
            var screening = group.FirstOrDefault(r => r.Bot == BotKind.Screening);
            var echo = group.FirstOrDefault(r => r.Bot == BotKind.Echo);
            table.Row(group.Key.Storage, Figures.Count(group.Key.Concurrency), Figures.Whole(screening?.TurnsPerSecond), Figures.Whole(echo?.TurnsPerSecond),
                Figures.Percent(ratios.TryGetValue(group.Key, out var ratio) ? ratio : null),
                $"{Figures.Of(screening?.Latency.P50, "0.0")} / {Figures.Of(screening?.Latency.P99, "0.0")}",
                $"{Figures.Of(echo?.Latency.P50, "0.0")} / {Figures.Of(echo?.Latency.P99, "0.0")}",
                $"{Figures.Count(screening?.Turns ?? 0)} / {Figures.Count(echo?.Turns ?? 0)}",
                Figures.Errors([.. screening?.Errors ?? [], .. echo?.Errors ?? []]));
        }

        text.Append(table).AppendLine();
    }

    private static void ColdStartTable(StringBuilder text, IReadOnlyList<ColdStartResult> results)
    {
        text.AppendLine("### 3. Cold start (child process, from process start)").AppendLine();
        var table = new MarkdownTable("run", "listening: /healthz 200 (ms)", "first reply (ms)", "/readyz 200 (ms)", "first turn needing a Recognizers model: its latency (ms)", "/readyz body", "error");
        var run = 0;
        foreach (var r in results)
        {
            table.Row(Figures.Count(++run), Figures.Whole(r.ListeningMs), Figures.Whole(r.FirstReplyMs), Figures.Whole(r.ReadyMs), Figures.Of(r.FirstRecognizedTurnMs, "0.0"),
                r.ReadinessBody is null ? "–" : $"`{r.ReadinessBody}`", r.Error ?? "");
        }

        text.Append(table).AppendLine();
    }

    private static void RecognitionTable(StringBuilder text, IReadOnlyList<RecognitionResult> results)
    {
        text.AppendLine("### 4. Recognition per utterance: our layer against Microsoft.Recognizers.Text called directly").AppendLine();
        var table = new MarkdownTable("question kind", "utterance", "our recognizer", "warm (µs)", "allocated (KB)", "cold (ms)",
            "direct model", "warm (µs)", "allocated (KB)", "cold (ms)", "ours ÷ direct (warm)");
        foreach (var recognitionCase in RecognitionCases.All)
        {
            var ours = results.FirstOrDefault(r => r.CaseKey == recognitionCase.Key && r.Side == RecognitionSide.Ours);
            var direct = results.FirstOrDefault(r => r.CaseKey == recognitionCase.Key && r.Side == RecognitionSide.Direct);
            if (ours is null && direct is null)
            {
                continue;
            }

            table.Row(recognitionCase.Key, $"`{recognitionCase.Utterance}`", recognitionCase.Recognizer,
                Figures.Of(ours?.WarmMicroseconds, "0.0"), Figures.Kilobytes(ours?.WarmAllocatedBytes), Figures.Of(ours?.ColdMilliseconds, "0"),
                recognitionCase.DirectModel ?? "none (Choice not served)",
                Figures.Of(direct?.WarmMicroseconds, "0.0"), Figures.Kilobytes(direct?.WarmAllocatedBytes), Figures.Of(direct?.ColdMilliseconds, "0"),
                Figures.Ratio(ours?.WarmMicroseconds / direct?.WarmMicroseconds));
        }

        text.Append(table).AppendLine();
    }

    private static void MemoryTables(StringBuilder text, IReadOnlyList<MemoryResult> results, StoredStateResult? stored)
    {
        text.AppendLine("### 5. Memory").AppendLine();
        foreach (var result in results)
        {
            var table = new MarkdownTable(result.Subject, "resident (MiB)", "live managed heap after a full GC (MiB)");
            foreach (var sample in result.Samples)
            {
                table.Row(Figures.Count(sample.Count), Figures.Of(sample.ResidentMiB, "0"), Figures.Of(sample.ManagedHeapMiB, "0.0"));
            }

            text.Append(table).AppendLine();
        }

        if (stored is not null)
        {
            text.Append(new MarkdownTable("stored state after a full screening", "conversations", "mean (bytes)", "max (bytes)", "of which conversation state (mean)", "of which user state (mean)")
                .Row("SQLite `bot_state.document`, UTF-8", Figures.Count(stored.Conversations), Figures.Whole(stored.MeanBytes), Figures.Whole(stored.MaxBytes),
                    Figures.Whole(stored.MeanConversationStateBytes), Figures.Whole(stored.MeanUserStateBytes)))
                .AppendLine();
        }
    }

    private static void GoalTable(StringBuilder text, BenchReport report)
    {
        text.AppendLine("### Goals").AppendLine();
        var table = new MarkdownTable("goal", "target", "measured", "verdict");
        foreach (var goal in Goals.Judge(report))
        {
            table.Row(goal.Name, goal.Target, goal.Measured, goal.Verdict);
        }

        text.Append(table).AppendLine();
    }

    private static void ErrorList(StringBuilder text, BenchReport report)
    {
        var errors = report.Errors();
        text.AppendLine(CultureInfo.InvariantCulture, $"Errors: {errors.Count}.");
        foreach (var error in errors)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {error}");
        }
    }

    private static string BotName(BotKind bot) => bot == BotKind.Echo ? "echo (ceiling)" : "screening";
}
