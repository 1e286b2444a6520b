using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Definition;

/// <summary>Exclusion criterion 1: severe lupus nephritis, and very high corticosteroid doses before screening.</summary>
/// <param name="ProteinuriaMoreThan">Urine protein above this excludes.</param>
/// <param name="CreatinineMoreThan">Serum creatinine above this excludes (the listing's mg/dL value).</param>
/// <param name="CreatinineMoreThanMicromolar">The same limit as the listing gives it in µmol/L.</param>
/// <param name="HighDoseAtLeast">The prednisone-equivalent daily dose that counts as very high.</param>
/// <param name="HighDoseAtLeastFor">How long such a dose must have lasted to exclude.</param>
/// <param name="HighDoseWithin">The window before screening in which it counts.</param>
public sealed record NephritisLimits(
    Proteinuria ProteinuriaMoreThan,
    SerumCreatinine CreatinineMoreThan,
    SerumCreatinine CreatinineMoreThanMicromolar,
    DailyDose HighDoseAtLeast,
    Duration HighDoseAtLeastFor,
    Duration HighDoseWithin);
