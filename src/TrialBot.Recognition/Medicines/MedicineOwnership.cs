using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Tells which named medicine an amount or a frequency belongs to when an answer names several. People write either
/// the name first ("prednisone 10 mg daily and Plaquenil 200 mg twice a day", 泼尼松每天10毫克) or the name last
/// ("10 mg prednisone and 200 mg Plaquenil", 每天10毫克泼尼松); the answer's first name, before or after its first
/// figure, tells which, and each figure then belongs to the name before it (or after it).
/// </summary>
internal sealed class MedicineOwnership
{
    private readonly IReadOnlyList<MedicineMention> mentions;
    private readonly bool nameFirst;

    /// <summary>Creates the ownership for <paramref name="mentions"/> (in text order) and the start of every figure.</summary>
    public MedicineOwnership(IReadOnlyList<MedicineMention> mentions, IEnumerable<int> figureStarts)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentOutOfRangeException.ThrowIfZero(mentions.Count, nameof(mentions));
        this.mentions = mentions;
        var firstFigure = figureStarts.DefaultIfEmpty(int.MaxValue).Min();
        nameFirst = mentions[0].Start < firstFigure;
    }

    /// <summary>The medicine the figure from <paramref name="start"/> to <paramref name="end"/> belongs to.</summary>
    public Medicine Owner(int start, int end)
    {
        var candidates = nameFirst ? mentions.Where(m => m.Start <= start).ToList() : mentions.Where(m => m.Start >= end).ToList();
        return candidates.Count == 0 ? (nameFirst ? mentions[0] : mentions[^1]).Medicine
            : nameFirst ? candidates[^1].Medicine
            : candidates[0].Medicine;
    }
}
