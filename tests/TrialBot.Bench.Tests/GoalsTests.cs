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

    [Fact]
    public void A_profiled_run_shows_the_collector_and_the_largest_allocated_types_per_turn()
    {
        var profile = new TurnProfile(20, 0.125, 65, 2.5, 0, [new TypeAllocation("Newtonsoft.Json.Linq.JProperty", 53 * 1024), new TypeAllocation("System.String", 12 * 1024)]);
        var report = Report() with { InProcess = [InProcess(BotKind.Screening, p99: 1.5) with { Profile = profile }] };

        var markdown = MarkdownReport.Render(report);

        Assert.Contains("| screening | en | 20 | 0.125 | 65.0 / 2.5 / 0.0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| `Newtonsoft.Json.Linq.JProperty` | 53.0 |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("JProperty", StringComparison.Ordinal) < markdown.IndexOf("`System.String`", StringComparison.Ordinal));
        Assert.DoesNotContain("allocation samples", MarkdownReport.Render(Report() with { InProcess = [InProcess(BotKind.Screening, p99: 1.5)] }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sampler_finds_the_type_a_span_allocates_most()
    {
        using var sampler = new AllocationSampler();
        sampler.Start();
        var kept = new List<SampledThing>();
        TurnProfile? profile = null;
        for (var attempt = 0; attempt < 50 && TopType(profile) != typeof(SampledThing).Name; attempt++)
        {
            for (var i = 0; i < 200_000; i++)
            {
                kept.Add(new SampledThing(i));
            }

            kept.Clear();
            await Task.Delay(100);
            profile = sampler.Snapshot(turns: 1);
        }

        Assert.Equal(typeof(SampledThing).Name, TopType(profile));
        Assert.True(profile!.Types[0].BytesPerTurn > 1_000_000);
    }

    private static string? TopType(TurnProfile? profile) => profile is { Types.Count: > 0 } ? profile.Types[0].Type : null;

    private sealed record SampledThing(long Value);

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
