using TrialBot.Bench.Conversations;
using TrialBot.Bench.Measurement;

namespace TrialBot.Bench.Results;

/// <summary>Turns per second and latency of concurrent conversations over HTTP on loopback.</summary>
internal sealed record HttpLoadResult(string Storage, BotKind Bot, int Concurrency, int Turns, int Conversations, TimeSpan Elapsed, LatencySummary Latency, IReadOnlyList<string> Errors)
{
    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;
}
