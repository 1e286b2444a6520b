using TrialBot.Bench.Conversations;
using TrialBot.Bench.Measurement;

namespace TrialBot.Bench.Results;

/// <summary>
/// Per-turn cost of whole conversations through the adapter in-process; for the screening also by the question each
/// turn answered (empty for the echo bot).
/// </summary>
internal sealed record InProcessResult(BotKind Bot, ScriptLanguage Language, int Conversations, int Turns, LatencySummary Latency, double? BytesPerTurn, IReadOnlyList<string> Errors)
{
    public IReadOnlyDictionary<string, LatencySummary> LatencyByQuestion { get; init; } = new Dictionary<string, LatencySummary>();

    /// <summary>Where the turns' memory goes, from a further sampled pass of the same conversations; null when not profiled.</summary>
    public TurnProfile? Profile { get; init; }
}
