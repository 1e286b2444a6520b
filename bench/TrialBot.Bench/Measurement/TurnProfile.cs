namespace TrialBot.Bench.Measurement;

/// <summary>
/// Where a turn's memory goes, sampled by <see cref="AllocationSampler"/> over <paramref name="Turns"/> turns: the
/// garbage collector's pause time per turn, its collections per 1,000 turns by generation, and the allocated bytes per
/// turn by type, largest first.
/// </summary>
internal sealed record TurnProfile(int Turns, double GcPauseMsPerTurn, double Gen0PerThousandTurns, double Gen1PerThousandTurns, double Gen2PerThousandTurns, IReadOnlyList<TypeAllocation> Types);

/// <summary>The bytes per turn sampled for one type.</summary>
internal sealed record TypeAllocation(string Type, double BytesPerTurn);
