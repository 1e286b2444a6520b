using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition;

/// <summary>A dose read from an answer: which medicine, how much a day, and the prednisone-equivalent daily dose.</summary>
/// <param name="Medicine">The medicine named in the answer, or the default the caller gave when none was named.</param>
/// <param name="MedicineNamed">True when the answer named the medicine; false when <paramref name="Medicine"/> is the default.</param>
/// <param name="DailyDose">The amount taken per day (per-intake amount × tablets × intakes ÷ interval in days).</param>
/// <param name="PrednisoneEquivalent">The prednisone dose of the same effect (<see cref="Screening.Medicines.PrednisoneEquivalent.Of"/>);
/// null for a medicine that is not a corticosteroid.</param>
public sealed record RecognizedDose(Medicine Medicine, bool MedicineNamed, DailyDose DailyDose, DailyDose? PrednisoneEquivalent)
{
    /// <summary>True when the prednisone equivalence of the medicine is disputed (deflazacort): an outcome that depends on it goes to review.</summary>
    public bool EquivalenceContested => PrednisoneEquivalent is not null && Medicine.EquivalenceContested;

    /// <summary>How the dose is given: the intake, how often, the route and whether it is a pulse; null when not read.</summary>
    public DoseSchedule? Schedule { get; init; }
}
