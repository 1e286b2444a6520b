namespace TrialBot.Recognition.Doses;

/// <summary>A count of tablets found in a prepared answer ("two" in "two 5 mg tablets", 两片, "half a").</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index just past its last character.</param>
/// <param name="Count">How many (0.5 for half a tablet).</param>
internal readonly record struct TabletCount(int Start, int End, double Count);
