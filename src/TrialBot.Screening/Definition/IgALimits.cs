using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Definition;

/// <summary>Exclusion criterion 6: IgA deficiency.</summary>
/// <param name="LessThan">Serum IgA below this is IgA deficiency.</param>
public sealed record IgALimits(SerumIgA LessThan);
