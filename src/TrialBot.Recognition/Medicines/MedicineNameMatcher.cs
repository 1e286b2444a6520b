using TrialBot.Recognition.Text;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Finds the medicines of a catalog named in a prepared answer, by any of their names: whole words, case-insensitive,
/// for Latin-script names; anywhere for Chinese names; the longest name wins ("泼尼松龙" is prednisolone, not prednisone).
/// A Latin-script word one letter off a name of seven letters or more (two off from ten) is that name ("prednisolne",
/// "hydroxycloroquine"). A clipped name, a Latin-script word of four letters or more that begins the name of one medicine
/// only and leaves at least two of its letters off ("dexa", "hydroxy", "methotrex"), is that medicine (<see cref="ClippedNames"/>). Also finds names of whole classes ("steroids", 激素, "immunosuppressants"), which name no
/// particular medicine, and words for medicines of no known class ("painkillers", 消炎药).
/// </summary>
internal sealed class MedicineNameMatcher
{
    private static readonly (MedicineClass? Class, string[] Words)[] ClassWords =
    [
        (MedicineClass.Corticosteroid, [
            "steroid", "steroids", "corticosteroid", "corticosteroids", "glucocorticoid", "glucocorticoids", "roids",
            "steroid pills", "steroid tablets", "激素", "糖皮质激素", "皮质激素", "皮质类固醇", "类固醇", "激素药", "激素片"]),
        (MedicineClass.Immunosuppressant, [
            "immunosuppressant", "immunosuppressants", "immunosuppressive", "immunosuppressives", "immune suppressant",
            "immune suppressants", "immunosuppressive drugs", "immunomodulator", "immunomodulators", "biologic", "biologics",
            "biologic injection", "biologic infusion", "免疫抑制剂", "免疫抑制药", "免疫调节剂", "生物制剂", "生物制剂针"]),
        (MedicineClass.Antimalarial, ["antimalarial", "antimalarials", "anti-malarial", "anti-malarials", "anti malarial", "抗疟药"]),
        (MedicineClass.Nsaid, [
            "nsaid", "nsaids", "anti-inflammatory", "anti-inflammatories", "anti inflammatories", "anti-inflammatory pills",
            "非甾体抗炎药", "非甾体", "非甾体类抗炎药"]),
        (null, ["painkiller", "painkillers", "pain killers", "pain meds", "pain medication", "止痛药", "止疼药", "消炎药"]),
    ];

    private readonly PhraseMatcher<MedicineName> matcher;
    private readonly IReadOnlyList<(string Name, Medicine Medicine)> fuzzyNames;
    private readonly ClippedNames clipped;
    private readonly IReadOnlyList<(string Name, Medicine Medicine)> chineseNames;

    /// <summary>Creates a matcher for every name of every medicine in <paramref name="catalog"/>.</summary>
    public MedicineNameMatcher(IEnumerable<Medicine> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var medicines = catalog.ToList();
        matcher = new PhraseMatcher<MedicineName>(
            medicines.SelectMany(m => m.Names.Select(name => (name, new MedicineName(m, m.Class))))
                .Concat(ClassWords.SelectMany(c => c.Words.Select(word => (word, new MedicineName(null, c.Class))))));
        fuzzyNames = medicines
            .SelectMany(m => m.Names.Select(name => (Name: AnswerText.Fold(name), Medicine: m)))
            .Where(n => n.Name.Length >= 7 && n.Name.All(c => c is >= 'a' and <= 'z'))
            .ToList();
        clipped = new ClippedNames(fuzzyNames);
        chineseNames = medicines
            .SelectMany(m => m.Names.Select(name => (Name: name, Medicine: m)))
            .Where(n => n.Name.Length >= 3 && n.Name.All(IsHan))
            .ToList();
    }

    /// <summary>The medicines named in <paramref name="prepared"/>, in text order, each time a name occurs.</summary>
    public IReadOnlyList<MedicineMention> FindAll(string prepared) =>
        FindNames(prepared)
            .Where(m => m.Tag.Medicine is not null)
            .Select(m => new MedicineMention(m.Start, m.End, m.Tag.Medicine!))
            .ToList();

    /// <summary>Every name of a medicine or a class in <paramref name="prepared"/>, in text order, with typos of names read.</summary>
    public IReadOnlyList<PhraseMatch<MedicineName>> FindNames(string prepared)
    {
        var found = matcher.FindAll(prepared).ToList();
        foreach (var (start, length) in LatinWords(prepared))
        {
            if (found.Any(m => start < m.End && m.Start < start + length))
            {
                continue;
            }

            var word = prepared.Substring(start, length);
            var near = fuzzyNames.Where(n => IsTypoOf(word, n.Name)).OrderBy(n => EditDistance.Distance(word, n.Name)).FirstOrDefault();
            if (near.Medicine is not null)
            {
                found.Add(new PhraseMatch<MedicineName>(start, length, new MedicineName(near.Medicine, near.Medicine.Class)));
            }
        }

        foreach (var (start, length, medicine) in ChineseNearNames(prepared, found))
        {
            found.Add(new PhraseMatch<MedicineName>(start, length, new MedicineName(medicine, medicine.Class)));
        }

        foreach (var (start, length, medicine) in clipped.FindAll(prepared))
        {
            if (!found.Any(m => start < m.End && m.Start < start + length))
            {
                found.Add(new PhraseMatch<MedicineName>(start, length, new MedicineName(medicine, medicine.Class)));
            }
        }

        return found.OrderBy(m => m.Start).ToList();
    }

    /// <summary>True when <paramref name="prepared"/> names a class of medicines ("steroids", 激素).</summary>
    public bool NamesAClass(string prepared) => matcher.FindAll(prepared).Any(m => m.Tag.Medicine is null);

    private static IEnumerable<(int Start, int Length)> LatinWords(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] is >= 'a' and <= 'z')
            {
                var start = index;
                while (index < text.Length && text[index] is >= 'a' and <= 'z')
                {
                    index++;
                }

                if (index - start >= 6)
                {
                    yield return (start, index - start);
                }
            }
            else
            {
                index++;
            }
        }
    }

    /// <summary>
    /// Chinese names typed with a character of the same sound (吗替麦考分脂, 羟绿喹, 来福米特, 环包素, 美桌乐): a run of Chinese
    /// characters as long as a name of three or more that differs from it in one character (two in a name of five or
    /// more), where no name was found. A run as near to the names of two medicines (X的松: 强的松 or 可的松) is neither.
    /// </summary>
    private IEnumerable<(int Start, int Length, Medicine Medicine)> ChineseNearNames(string prepared, List<PhraseMatch<MedicineName>> found)
    {
        if (!prepared.Any(IsHan))
        {
            yield break;
        }

        var taken = new List<(int Start, int End)>();
        for (var start = 0; start < prepared.Length; start++)
        {
            if (!IsHan(prepared[start]))
            {
                continue;
            }

            Medicine? near = null;
            var length = 0;
            var ambiguous = false;
            foreach (var (name, medicine) in chineseNames)
            {
                var end = start + name.Length;
                if (end > prepared.Length || Overlaps(found, taken, start, end))
                {
                    continue;
                }

                var allowed = name.Length >= 5 ? 2 : 1;
                if (Differences(prepared, start, name, allowed) is var differences && (differences < 1 || differences > allowed))
                {
                    continue;
                }

                ambiguous |= near is not null && near.Id != medicine.Id;
                if (near is null || name.Length > length)
                {
                    (near, length) = (medicine, name.Length);
                }
            }

            if (near is not null && !ambiguous)
            {
                taken.Add((start, start + length));
                yield return (start, length, near);
            }
        }
    }

    private static bool Overlaps(List<PhraseMatch<MedicineName>> found, List<(int Start, int End)> taken, int start, int end)
    {
        foreach (var match in found)
        {
            if (start < match.End && match.Start < end)
            {
                return true;
            }
        }

        foreach (var (takenStart, takenEnd) in taken)
        {
            if (start < takenEnd && takenStart < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many characters of the Chinese run at <paramref name="start"/> differ from <paramref name="name"/>; more than <paramref name="allowed"/> (or a character that is not Chinese) counts as too many.</summary>
    private static int Differences(string text, int start, string name, int allowed)
    {
        var differences = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var c = text[start + i];
            if (!IsHan(c))
            {
                return allowed + 1;
            }

            if (c != name[i] && ++differences > allowed)
            {
                return differences;
            }
        }

        return differences;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static bool IsTypoOf(string word, string name)
    {
        var allowed = name.Length >= 10 ? 2 : 1;
        return Math.Abs(word.Length - name.Length) <= allowed && EditDistance.Within(word, name, allowed);
    }
}
