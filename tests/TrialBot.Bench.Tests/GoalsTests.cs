using TrialBot.Bench.Conversations;
using TrialBot.Bench.Measurement;
using TrialBot.Bench.Reporting;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Tests;

public class GoalsTests
{
    [Fact]
    public void Each_goal_is_met_or_missed_from_the_figures()
    {
        var report = Report() with
        {
            InProcess = [InProcess(BotKind.Screening, p99: 1.5), InProcess(BotKind.Echo, p99: 0.5)],
            Http = [Http(BotKind.Screening, turns: 500), Http(BotKind.Echo, turns: 1000)],
            ColdStart = [new ColdStartResult(900, 800, 5, "{}", null)],
            StoredState = new StoredStateResult(2, 5000, 5200, 4000, 1000, []),
            Memory = [new MemoryResult("distinct utterances", [new(0, 100, 10), new(10_000, 200, 20), new(50_000, 210, 20)], [])],
        };

        var verdicts = Goals.Judge(report).Select(goal => goal.Met).ToList();

        Assert.Equal([true, false, true, false, true], verdicts);
    }

    [Fact]
    public void A_scenario_that_did_not_run_is_not_measured_rather_than_met()
    {
        Assert.All(Goals.Judge(Report()), goal => Assert.Null(goal.Met));
    }

    [Fact]
    public void The_report_has_a_table_for_each_scenario_that_ran_and_lists_the_errors()
    {
        var report = Report() with
        {
            InProcess = [InProcess(BotKind.Screening, p99: 1.5) with { Errors = ["1 × question 'x' has no scripted answer"] }],
        };

        var markdown = MarkdownReport.Render(report);

        Assert.Contains("### 1. In-process turns", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("### 2. HTTP", markdown, StringComparison.Ordinal);
        Assert.Contains("### Goals", markdown, StringComparison.Ordinal);
        Assert.Contains("- in-process Screening English: 1 × question 'x' has no scripted answer", markdown, StringComparison.Ordinal);
    }

    private static BenchReport Report() => new()
    {
        Profile = BenchProfile.Smoke,
        Machine = new MachineDescription("cpu", 2, 4, "Linux", ".NET", "server"),
        Started = DateTimeOffset.UnixEpoch,
        Duration = TimeSpan.FromMinutes(1),
        LoadBefore = "0.1, 0.1, 0.1",
        LoadAfter = "0.2, 0.2, 0.2",
    };

    private static InProcessResult InProcess(BotKind bot, double p99) =>
        new(bot, ScriptLanguage.English, 1, 20, new LatencySummary(20, p99 / 2, p99, p99 / 2, p99), 1000, []);

    private static HttpLoadResult Http(BotKind bot, int turns) =>
        new("SQLite", bot, 16, turns, 10, TimeSpan.FromSeconds(1), new LatencySummary(turns, 1, 2, 1, 3), []);
}
