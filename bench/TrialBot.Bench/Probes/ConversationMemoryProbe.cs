using TrialBot.Bench.Conversations;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Measurement;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Probes;

/// <summary>
/// In a fresh process: the host with the given storage, and <paramref name="count"/> whole screenings (alternately
/// English and Chinese) through its adapter, three at a time; resident memory and the live managed heap are sampled
/// after the first conversation and after each equal share.
/// </summary>
internal static class ConversationMemoryProbe
{
    public const string Name = "memory-conversations";

    /// <summary>One more than the machine's cores, so that waiting for the database leaves no core idle.</summary>
    private const int Workers = 3;

    public static async Task<MemoryResult> RunAsync(string storageName, int count, int samples, CancellationToken cancellationToken = default)
    {
        using var storage = StorageChoice.ByName(storageName);
        await using var host = await BenchHost.StartAsync(BotKind.Screening, storage, cancellationToken).ConfigureAwait(false);
        var channel = new AdapterChannel(host.Services);
        var log = new TurnLog();
        await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(ScriptLanguage.English), log, cancellationToken: cancellationToken).ConfigureAwait(false);
        var points = new List<MemorySample> { MemorySample.Take(1) };
        var every = Math.Max(1, count / samples);
        for (var done = 1; done < count;)
        {
            var share = Math.Min(every - (done % every), count - done);
            var next = done;
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
            {
                int index;
                while ((index = Interlocked.Increment(ref next)) <= done + share)
                {
                    var language = index % 2 == 0 ? ScriptLanguage.Chinese : ScriptLanguage.English;
                    await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(language), log, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken))).ConfigureAwait(false);
            done += share;
            if (done % every == 0 || done == count)
            {
                points.Add(MemorySample.Take(done));
            }
        }

        return new MemoryResult($"screenings stored in {storage.Label}", points, log.ErrorSummary());
    }
}
