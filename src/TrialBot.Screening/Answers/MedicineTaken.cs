using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Answers;

/// <summary>One medicine a person named, as named in an answer: its id, its regimen class and whether it is taken now.</summary>
/// <param name="Id">The medicine id from the medicines file, or a class-level id of <see cref="MedicineClassIds"/> when only
/// the class was named ("steroids").</param>
/// <param name="Class">The medicine's regimen class, kept with the answer so scoring needs no look-up.</param>
/// <param name="Status">Taken now, stopped or planned.</param>
public sealed record MedicineTaken(
    string Id,
    MedicineClass Class,
    MedicineStatus Status = MedicineStatus.Current)
{
    /// <summary>True when the medicine is taken now: only these count for "is X taken".</summary>
    public bool IsCurrent => Status == MedicineStatus.Current;
}
