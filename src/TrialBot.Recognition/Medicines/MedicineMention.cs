using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>A medicine named in a prepared answer.</summary>
/// <param name="Start">Index of the name's first character.</param>
/// <param name="End">Index just past the name.</param>
/// <param name="Medicine">The medicine the name belongs to.</param>
internal readonly record struct MedicineMention(int Start, int End, Medicine Medicine);
