using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Medicines;

/// <summary>
/// One medicine a person may name: its id, class, every name it goes by (generic and brand, English and Chinese),
/// and for a corticosteroid the dose equivalent to 5 mg of prednisone.
/// </summary>
/// <param name="Id">Stable id, lower-case ASCII, for example <c>methylprednisolone</c>.</param>
/// <param name="Class">The regimen class.</param>
/// <param name="Names">Generic and brand names in any script; matched case-insensitively as whole words.</param>
/// <param name="EquivalentToPrednisone5Mg">For a corticosteroid: the mg of this medicine equivalent to 5 mg prednisone
/// (methylprednisolone 4, dexamethasone 0.75, …); null otherwise.</param>
/// <param name="EquivalenceContested">True when the equivalence ratio is disputed (deflazacort): an outcome that depends on
/// it goes to review.</param>
public sealed record Medicine(
    string Id,
    MedicineClass Class,
    IReadOnlyList<string> Names,
    double? EquivalentToPrednisone5Mg = null,
    bool EquivalenceContested = false)
{
    /// <summary>The name the bot shows for it in each language (the file's <c>shown</c>); null shows the id.</summary>
    public LocalizedText? Shown { get; init; }

    /// <summary>
    /// The strengths its tablets are made in, in mg, where people who write in English and in Chinese buy them (the file's
    /// <c>tabletStrengthsMg</c>, <c>{"en": [...], "zh": [...]}</c>: prednisone 1, 2.5, 5, 10, 20 and 50 mg; in China 5 mg);
    /// empty when not given. They tell whether an amount said beside a tablet count is one tablet or the day's total
    /// ("强的松三片 15mg": no prednisone tablet is 15 mg, three of 5 mg are).
    /// </summary>
    public TabletStrengths TabletStrengthsMg { get; init; } = TabletStrengths.None;
}
