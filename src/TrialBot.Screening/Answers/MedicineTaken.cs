using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>
/// One medicine a person named, as named in an answer: its id, its regimen class, whether it is taken now and, when the
/// person said so, how long it was taken and how long ago.
/// </summary>
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

    /// <summary>
    /// How long the person said they took it ("prednisone for 2 weeks", 吃了两周), never longer than said; null when
    /// they did not say.
    /// </summary>
    public Duration? TakenFor { get; init; }

    /// <summary>
    /// How long ago the person said they took it or stopped it ("stopped in 2019", 三年前停了), never further back than
    /// said; null when they did not say.
    /// </summary>
    public Duration? TakenAgo { get; init; }
}
