namespace TrialBot.Bench.Results;

/// <summary>A memory probe's samples, the conversations' turn errors (if any), and what it ran on.</summary>
internal sealed record MemoryResult(string Subject, IReadOnlyList<MemorySample> Samples, IReadOnlyList<string> Errors);
