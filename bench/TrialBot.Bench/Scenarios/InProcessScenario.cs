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
            foreach (var language in new[] { ScriptLanguage.English, ScriptLanguage.Chinese })
            {
                var warmUp = new TurnLog();
                await RunConversationsAsync(bot, channel, language, profile.InProcessWarmupConversations, warmUp, cancellationToken).ConfigureAwait(false);
                var log = new TurnLog();
                await RunConversationsAsync(bot, channel, language, profile.InProcessConversations, log, cancellationToken: cancellationToken).ConfigureAwait(false);
                results.Add(new InProcessResult(bot, language, log.Conversations, log.Turns, log.Latency(), log.MeanAllocatedBytes(), log.ErrorSummaryAfter(warmUp))
                {
                    LatencyByQuestion = log.LatencyBySteps(),
                });
            }
        }

        return results;
    }

    private static async Task RunConversationsAsync(BotKind bot, IBotChannel channel, ScriptLanguage language, int count, TurnLog log, CancellationToken cancellationToken)
    {
        for (var i = 0; i < count; i++)
        {
            await ScriptedConversation.RunAsync(bot, channel, ConversationIdentity.New(language), log, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
