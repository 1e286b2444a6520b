using TrialBot.Bench.Conversations;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Recognition;
using TrialBot.Bench.Scenarios;

namespace TrialBot.Bench.Tests;

/// <summary>
/// The benchmarks' smoke run, part of the test suite so the benchmarks cannot rot: every scenario runs with tiny
/// counts (BenchProfile.Smoke) on the real host, storage and recognizers, and must complete with no error and produce
/// its figures. Timings are never asserted.
/// </summary>
public class SmokeRunTests
{
    private static readonly BenchProfile Smoke = BenchProfile.Smoke;

    [Fact]
    public async Task In_process_conversations_complete_and_each_turn_is_measured()
    {
        var results = await InProcessScenario.RunAsync(Smoke);

        Assert.Equal(4, results.Count);
        Assert.All(results, r =>
        {
            Assert.Empty(r.Errors);
            Assert.Equal(Smoke.InProcessConversations, r.Conversations);
            Assert.True(r.Turns > Smoke.InProcessConversations, $"{r.Bot} {r.Language}: {r.Turns} turns");
            Assert.True(double.IsFinite(r.Latency.P99));
            Assert.True(r.BytesPerTurn > 0);
            Assert.NotNull(r.Profile);
            Assert.Equal(r.Turns, r.Profile.Turns);
            Assert.True(r.Profile.GcPauseMsPerTurn >= 0);
        });
    }

    [Fact]
    public async Task Http_load_completes_conversations_on_every_storage_at_every_concurrency()
    {
        List<Func<StorageChoice>> storages = StorageChoice.PostgresAvailable ? [StorageChoice.Sqlite, StorageChoice.Postgres] : [StorageChoice.Sqlite];

        var results = await HttpLoadScenario.RunAsync(Smoke, storages);

        Assert.Equal(storages.Count * Smoke.HttpConcurrency.Count * 2, results.Count);
        Assert.All(results, r =>
        {
            Assert.Empty(r.Errors);
            Assert.True(r.Conversations > 0, $"{r.Storage} {r.Bot} ×{r.Concurrency}: no conversation completed");
            Assert.True(r.TurnsPerSecond > 0);
            Assert.True(double.IsFinite(r.Latency.P50));
        });
    }

    [Fact]
    public async Task Cold_start_reaches_the_first_reply_readiness_and_the_first_recognised_answer()
    {
        var result = Assert.Single(await ColdStartScenario.RunAsync(Smoke));

        Assert.Null(result.Error);
        Assert.NotNull(result.FirstReplyMs);
        Assert.NotNull(result.ReadyMs);
        Assert.NotNull(result.FirstRecognizedTurnMs);
    }

    [Fact]
    public async Task Recognition_measures_every_case_warm_on_both_sides_and_one_case_cold()
    {
        var results = await RecognitionScenario.RunAsync(Smoke);

        foreach (var recognitionCase in RecognitionCases.All)
        {
            var ours = Assert.Single(results, r => r.CaseKey == recognitionCase.Key && r.Side == RecognitionSide.Ours);
            Assert.True(ours.WarmMicroseconds > 0);
            Assert.Equal(recognitionCase.DirectModel is not null, results.Any(r => r.CaseKey == recognitionCase.Key && r.Side == RecognitionSide.Direct));
        }

        Assert.Contains(results, r => r.ColdMilliseconds > 0 && r.Side == RecognitionSide.Ours);
        Assert.Contains(results, r => r.ColdMilliseconds > 0 && r.Side == RecognitionSide.Direct);
    }

    [Fact]
    public async Task Memory_probes_sample_resident_memory_after_conversations_and_utterances()
    {
        var results = await MemoryScenario.RunAsync(Smoke, BenchRun.ConversationMemoryStorage);

        Assert.Equal(2, results.Count);
        Assert.All(results, r =>
        {
            Assert.Empty(r.Errors);
            Assert.True(r.Samples.Count >= 2, $"{r.Subject}: {r.Samples.Count} samples");
            Assert.All(r.Samples, s => Assert.True(s.ResidentMiB > 0 && s.ManagedHeapMiB > 0));
        });
        Assert.Equal(Smoke.MemoryConversations, results[0].Samples[^1].Count);
        Assert.Equal(Smoke.MemoryUtterances, results[1].Samples[^1].Count);
    }

    [Fact]
    public async Task Stored_state_is_read_back_for_every_screening()
    {
        var result = await StoredStateScenario.RunAsync(Smoke);

        Assert.Empty(result.Errors);
        Assert.Equal(Smoke.StoredStateConversations, result.Conversations);
        Assert.True(result.MeanBytes > 0);
        Assert.True(result.MeanConversationStateBytes > 0);
    }
}
