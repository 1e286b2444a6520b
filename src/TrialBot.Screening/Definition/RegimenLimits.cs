using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Definition;

/// <summary>Inclusion criterion 4: SLE history and activity, and the oral corticosteroid requirements.</summary>
/// <param name="HistoryAtLeast">The shortest SLE history before screening.</param>
/// <param name="ActiveAtLeast">How long the disease must have stayed active on a stable standard regimen (asked as yes/no).</param>
/// <param name="DoseAtLeast">The lowest prednisone-equivalent daily dose, inclusive.</param>
/// <param name="DoseAtMost">The highest prednisone-equivalent daily dose, inclusive.</param>
/// <param name="NoMinimumDoseWithImmunosuppressant">True when the lowest dose does not apply to someone also taking an immunosuppressant.</param>
/// <param name="TreatedAtLeast">The shortest corticosteroid treatment before screening.</param>
/// <param name="StableMoreThan">The dose must have been unchanged for longer than this.</param>
/// <param name="ContestedEquivalenceMargin">The relative margin (0.25 = ±25 %) within which a contested prednisone
/// equivalence could move a dose: if the verdict changes within it, the equivalence decides and the answer goes to review.</param>
public sealed record RegimenLimits(
    Duration HistoryAtLeast,
    Duration ActiveAtLeast,
    DailyDose DoseAtLeast,
    DailyDose DoseAtMost,
    bool NoMinimumDoseWithImmunosuppressant,
    Duration TreatedAtLeast,
    Duration StableMoreThan,
    double ContestedEquivalenceMargin);
