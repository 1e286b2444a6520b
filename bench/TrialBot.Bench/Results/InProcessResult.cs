using TrialBot.Bench.Conversations;
using TrialBot.Bench.Measurement;

namespace TrialBot.Bench.Results;

/// <summary>Per-turn cost of whole conversations through the adapter in-process.</summary>
internal sealed record InProcessResult(BotKind Bot, ScriptLanguage Language, int Conversations, int Turns, LatencySummary Latency, double? BytesPerTurn, IReadOnlyList<string> Errors);
