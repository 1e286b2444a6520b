using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition;

/// <summary>A length of time as read, with what the answer allows around it.</summary>
/// <param name="Shortest">The time read, at the shorter end of a range: it never overstates what was said.</param>
/// <param name="Longest">The longer end of a range ("7-8 weeks", 七八周); null for one figure.</param>
/// <param name="Approximate">True for a length said roughly ("about 6 months", 半年左右).</param>
public sealed record ElapsedSpan(Duration Shortest, Duration? Longest, bool Approximate);
