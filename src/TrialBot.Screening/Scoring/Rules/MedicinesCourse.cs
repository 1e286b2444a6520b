using TrialBot.Screening.Answers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// The course frame of a <c>medicines</c> rule, "each tried for at least <see cref="TriedFor"/> within
/// <see cref="Within"/>": what a person said of a medicine's course contradicts it when the medicine was taken for less
/// than <see cref="TriedFor"/>, or taken or stopped longer ago than <see cref="Within"/>. Nothing said contradicts nothing.
/// </summary>
/// <param name="TriedFor">The least length of a course, or null when the rule gives none.</param>
/// <param name="Within">The window before screening, or null when the rule gives none.</param>
internal sealed record MedicinesCourse(Duration? TriedFor, Duration? Within)
{
    /// <summary>True when what was said of <paramref name="medicine"/>'s course rules it out of the frame.</summary>
    public bool Contradicts(MedicineTaken medicine) =>
        (TriedFor is { } least && medicine.TakenFor is { } takenFor && Limit.LessThan(takenFor.Days, least.Days))
        || (Within is { } window && medicine.TakenAgo is { } ago && Limit.MoreThan(ago.Days, window.Days));
}
