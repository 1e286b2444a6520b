using TrialBot.Bench.Conversations;
using TrialBot.Bench.Hosting;
using TrialBot.Bench.Measurement;
using TrialBot.Bench.Results;

namespace TrialBot.Bench.Probes;

/// <summary>
/// In a fresh process: the host with the given storage, and <paramref name="count"/> whole screenings in Simplified
/// Chinese through its adapter, one per core at a time; resident memory and the live managed heap are sampled after the
/// first conversation and after each equal share. Chinese because those conversations cost less than half of the
/// English ones (the English date-time model is the most expensive part of a turn), so that 10,000 fit in the run's
/// time; the stored state of both languages is about the same size.
/// </summary>
internal static class ConversationMemoryProbe
{
    public const string Name = "memory-conversations";

    private static readonly int Workers = Environment.ProcessorCount;

    public static async Task<MemoryResult> RunAsync(string storageName, int count, int samples, CancellationToken cancellationToken = default)
    {
        using var storage = StorageChoice.ByName(storageName);
        await using var host = await BenchHost.StartAsync(BotKind.Screening, storage, cancellationToken).ConfigureAwait(false);
        var channel = new AdapterChannel(host.Services);
        var log = new TurnLog();
        await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(ScriptLanguage.Chinese), log, cancellationToken: cancellationToken).ConfigureAwait(false);
        var points = new List<MemorySample> { MemorySample.Take(1) };
        var every = Math.Max(1, count / samples);
        for (var done = 1; done < count;)
        {
            var share = Math.Min(every - (done % every), count - done);
            var next = done;
            await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= done + share)
                {
                    await ScriptedConversation.RunAsync(BotKind.Screening, channel, ConversationIdentity.New(ScriptLanguage.Chinese), log, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
            }, cancellationToken))).ConfigureAwait(false);
            done += share;
            if (done % every == 0 || done == count)
            {
                points.Add(MemorySample.Take(done));
            }
        }

        return new MemoryResult($"screenings (Chinese) stored in {storage.Label} storage", points, log.ErrorSummary());
    }
}
