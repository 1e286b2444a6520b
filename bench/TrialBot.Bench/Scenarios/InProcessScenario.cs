using TrialBot.Bench.Conversations;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Measurement;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Scenarios;

/// <summary>
/// Scenario 1: whole conversations, one turn at a time, through the host's adapter in-process with in-memory storage;
/// the screening bot and the echo bot, in English and Chinese. Warm-up conversations run first and are not counted.
/// </summary>
internal static class InProcessScenario
{
    public static async Task<IReadOnlyList<InProcessResult>> RunAsync(BenchProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var results = new List<InProcessResult>();
        foreach (var bot in new[] { BotKind.Screening, BotKind.Echo })
        {
            using var storage = StorageChoice.Memory();
            await using var host = await BenchHost.StartAsync(bot, storage, cancellationToken).ConfigureAwait(false);
            var channel = new AdapterChannel(host.Services);
            var languages = new[] { ScriptLanguage.English, ScriptLanguage.Chinese };
            var warmUp = new TurnLog();
            await WarmUpAsync(bot, channel, languages, profile.InProcessWarmupConversations, warmUp, cancellationToken).ConfigureAwait(false);
            foreach (var language in languages)
            {
                var log = new TurnLog();
                await RunConversationsAsync(bot, channel, language, profile.InProcessConversations, log, cancellationToken: cancellationToken).ConfigureAwait(false);
                var turnProfile = await ProfileAsync(bot, channel, language, profile.InProcessConversations, cancellationToken).ConfigureAwait(false);
                results.Add(new InProcessResult(bot, language, log.Conversations, log.Turns, log.Latency(), log.MeanAllocatedBytes(), log.ErrorSummaryAfter(warmUp))
                {
                    LatencyByQuestion = log.LatencyBySteps(),
                    Profile = turnProfile,
                });
            }
        }

        return results;
    }

    /// <summary>
    /// Warms both languages up before either is measured, then waits for the runtime's tiered compilation to finish
    /// its background work: the methods a turn calls start as quickly compiled, unoptimised code and are recompiled
    /// optimised only after enough calls and a quiet moment. Without this, the language measured first pays for that
    /// (English turns measured 2.3 times slower than Chinese ones, and identical with tiered compilation switched off).
    /// </summary>
    private static async Task WarmUpAsync(BotKind bot, IBotChannel channel, IReadOnlyList<ScriptLanguage> languages, int count, TurnLog log, CancellationToken cancellationToken)
    {
        for (var round = 0; round < WarmUpRounds && count > 0; round++)
        {
            foreach (var language in languages)
            {
                await RunConversationsAsync(bot, channel, language, count, log, cancellationToken).ConfigureAwait(false);
            }

            await Task.Delay(TieredCompilationSettle, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The same conversations again, after the measured ones, with the runtime's allocation samples and the garbage
    /// collector's counters recorded (kept apart so that listening cannot touch the latencies above).
    /// </summary>
    private static async Task<TurnProfile> ProfileAsync(BotKind bot, IBotChannel channel, ScriptLanguage language, int count, CancellationToken cancellationToken)
    {
        using var sampler = new AllocationSampler();
        var log = new TurnLog();
        sampler.Start();
        await RunConversationsAsync(bot, channel, language, count, log, cancellationToken).ConfigureAwait(false);
        return sampler.Stop(log.Turns);
    }

    private const int WarmUpRounds = 3;

    private static readonly TimeSpan TieredCompilationSettle = TimeSpan.FromMilliseconds(500);

    private static async Task RunConversationsAsync(BotKind bot, IBotChannel channel, ScriptLanguage language, int count, TurnLog log, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await ScriptedConversation.RunAsync(bot, channel, ConversationIdentity.New(language), log, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
