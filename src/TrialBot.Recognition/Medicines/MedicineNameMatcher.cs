using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Finds the medicines of a catalog named in a prepared answer, by any of their names: whole words, case-insensitive,
/// for Latin-script names; anywhere for Chinese names; the longest name wins ("泼尼松龙" is prednisolone, not prednisone).
/// Also finds names of whole classes ("steroids", 激素), which name no particular medicine.
/// </summary>
internal sealed class MedicineNameMatcher
{
    private static readonly string[] ClassWords =
    [
        "steroid", "steroids", "corticosteroid", "corticosteroids", "glucocorticoid", "glucocorticoids", "immunosuppressant",
        "immunosuppressants", "immunosuppressive", "immunosuppressives", "nsaid", "nsaids", "anti-inflammatory",
        "anti-inflammatories", "antimalarial", "antimalarials", "biologic", "biologics", "painkiller", "painkillers",
        "激素", "糖皮质激素", "皮质激素", "免疫抑制剂", "止痛药", "消炎药", "生物制剂", "抗疟药",
    ];

    private readonly PhraseMatcher<Medicine?> matcher;

    /// <summary>Creates a matcher for every name of every medicine in <paramref name="catalog"/>.</summary>
    public MedicineNameMatcher(IEnumerable<Medicine> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        matcher = new PhraseMatcher<Medicine?>(
            catalog.SelectMany(m => m.Names.Select(name => (name, (Medicine?)m)))
                .Concat(ClassWords.Select(word => (word, (Medicine?)null))));
    }

    /// <summary>The medicines named in <paramref name="prepared"/>, in text order, each time a name occurs.</summary>
    public IReadOnlyList<MedicineMention> FindAll(string prepared) =>
        matcher.FindAll(prepared)
            .Where(m => m.Tag is not null)
            .Select(m => new MedicineMention(m.Start, m.End, m.Tag!))
            .ToList();

    /// <summary>True when <paramref name="prepared"/> names a class of medicines ("steroids", 激素).</summary>
    public bool NamesAClass(string prepared) => matcher.FindAll(prepared).Any(m => m.Tag is null);
}
