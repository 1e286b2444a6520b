namespace TrialBot.Recognition.Doses;

/// <summary>A frequency found in a prepared answer.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index just past its last character.</param>
/// <param name="Frequency">The frequency it says.</param>
internal readonly record struct DoseFrequencyMention(int Start, int End, DoseFrequency Frequency);
