using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>
/// A corticosteroid dose: the medicine it was given as, its daily prednisone equivalent, whether that equivalence is
/// contested, and how it is given (<see cref="Schedule"/>: intake, frequency, route, pulse).
/// </summary>
public sealed record DoseAnswer : Answer
{
    /// <summary>A dose of <paramref name="medicineId"/> worth <paramref name="prednisoneEquivalent"/> of prednisone a day.</summary>
    /// <param name="medicineId">The corticosteroid's id in the medicines file.</param>
    /// <param name="prednisoneEquivalent">The daily dose as prednisone.</param>
    public DoseAnswer(string medicineId, DailyDose prednisoneEquivalent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(medicineId);
        MedicineId = medicineId;
        PrednisoneEquivalent = DailyDose.FromMgPerDay(prednisoneEquivalent.MgPerDay);
    }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Dose;

    /// <summary>The corticosteroid the dose was given as.</summary>
    public string MedicineId { get; }

    /// <summary>The daily dose as prednisone, the unit of the listing's limits.</summary>
    public DailyDose PrednisoneEquivalent { get; }

    /// <summary>True when the medicine's prednisone equivalence is contested (deflazacort).</summary>
    public bool EquivalenceContested { get; init; }

    /// <summary>
    /// How the dose is given, as the person said it; null for answers stored before it existed, which read as a daily
    /// oral dose.
    /// </summary>
    public DoseSchedule? Schedule { get; init; }

    /// <summary>How the dose is given; <see cref="DoseRoute.Unstated"/> when the answer does not say.</summary>
    public DoseRoute Route => Schedule?.Route ?? DoseRoute.Unstated;

    /// <summary>
    /// True when the dose is an oral daily regimen, the dose the listing's limits speak of (see
    /// <see cref="DoseSchedule.IsOralDailyRegimen"/>); an answer without a schedule is one.
    /// </summary>
    public bool IsOralDaily => Schedule?.IsOralDailyRegimen ?? true;

    /// <summary>
    /// <paramref name="dose"/> of <paramref name="medicine"/> a day (the intake × the schedule's per-day factor when given
    /// on <paramref name="schedule"/>), kept as its prednisone equivalent.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="medicine"/> has no prednisone equivalence.</exception>
    public static DoseAnswer Of(Medicine medicine, DailyDose dose, DoseSchedule? schedule = null)
    {
        ArgumentNullException.ThrowIfNull(medicine);
        return new(medicine.Id, TrialBot.Screening.Medicines.PrednisoneEquivalent.Of(medicine, dose))
        {
            EquivalenceContested = medicine.EquivalenceContested,
            Schedule = schedule,
        };
    }
}
