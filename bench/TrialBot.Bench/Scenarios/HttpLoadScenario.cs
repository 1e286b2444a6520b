using System.Diagnostics;
using TrialBot.Bench.Conversations;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Measurement;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Scenarios;

/// <summary>
/// Scenario 2: the load driver. For each storage and number of concurrent conversations, a fresh host on loopback, two
/// warm-ups at that concurrency with a pause after each for the runtime's tiered compilation (not counted), then as many concurrent workers, each running whole conversations one
/// after another (alternately English and Chinese) until the time or the conversation count runs out; at the deadline
/// each worker finishes the turn it is in and leaves its conversation. The screening bot, then the echo bot on the same
/// storage.
/// </summary>
internal static class HttpLoadScenario
{
    public static async Task<IReadOnlyList<HttpLoadResult>> RunAsync(BenchProfile profile, IReadOnlyList<Func<StorageChoice>> storages, Action<HttpLoadResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(storages);
        var results = new List<HttpLoadResult>();
        foreach (var createStorage in storages)
        {
            foreach (var concurrency in profile.HttpConcurrency)
            {
                foreach (var bot in new[] { BotKind.Screening, BotKind.Echo })
                {
                    using var storage = createStorage();
                    var result = await RunOneAsync(bot, storage, concurrency, profile, cancellationToken).ConfigureAwait(false);
                    progress?.Invoke(result);
                    results.Add(result);
                }
            }
        }

        return results;
    }

    private static async Task<HttpLoadResult> RunOneAsync(BotKind bot, StorageChoice storage, int concurrency, BenchProfile profile, CancellationToken cancellationToken)
    {
        await using var host = await BenchHost.StartAsync(bot, storage, cancellationToken).ConfigureAwait(false);
        using var client = HttpChannel.CreateClient(host.Address);
        var channel = new HttpChannel(client);
        var warmUp = new TurnLog();
        for (var round = 0; round < WarmUpRounds && profile.HttpWarmup > TimeSpan.Zero; round++)
        {
            // As in the in-process scenario: the methods a turn calls start as quickly compiled, unoptimised code and are
            // recompiled only after enough calls and a quiet moment. With one warm-up and no pause, the first row measured
            // the screening's code half compiled (SQLite ×1: 293 turns a second, then 595 on a second pass).
            await DriveAsync(bot, channel, concurrency, profile.HttpWarmup, int.MaxValue, warmUp, cancellationToken).ConfigureAwait(false);
            await Task.Delay(TieredCompilationSettle, cancellationToken).ConfigureAwait(false);
        }

        var log = new TurnLog();
        var elapsed = await DriveAsync(bot, channel, concurrency, profile.HttpDuration, profile.HttpMaxConversations, log, cancellationToken).ConfigureAwait(false);
        return new HttpLoadResult(storage.Label, bot, concurrency, log.Turns, log.Conversations, elapsed, log.Latency(), log.ErrorSummaryAfter(warmUp));
    }

    private const int WarmUpRounds = 2;

    private static readonly TimeSpan TieredCompilationSettle = TimeSpan.FromMilliseconds(500);

    private static async Task<TimeSpan> DriveAsync(BotKind bot, IBotChannel channel, int concurrency, TimeSpan duration, int maxConversations, TurnLog log, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var begun = 0;
        bool TimeIsUp() => Stopwatch.GetElapsedTime(started) >= duration;

        async Task WorkerAsync()
        {
            int index;
            while (!TimeIsUp() && (index = Interlocked.Increment(ref begun)) <= maxConversations)
            {
                var language = index % 2 == 0 ? ScriptLanguage.Chinese : ScriptLanguage.English;
                await ScriptedConversation.RunAsync(bot, channel, ConversationIdentity.New(language), log, TimeIsUp, cancellationToken).ConfigureAwait(false);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync, cancellationToken))).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(started);
    }
}
