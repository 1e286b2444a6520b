using System.Text.RegularExpressions;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Finds clipped medicine names, the way people shorten a long name when they type: "dexa" (dexamethasone), "hydroxy"
/// (hydroxychloroquine), "methotrex". A Latin-script word of four letters or more is a clipped name when it begins the
/// names of one medicine only and leaves at least two letters of that name off; a word that begins the names of several
/// ("meth", "cyclo", "predn") names none of them. Common words that happen to begin a name ("cell", "beta") and the
/// bone scan called DEXA are not names.
/// </summary>
internal sealed partial class ClippedNames(IReadOnlyList<(string Name, Medicine Medicine)> names)
{
    private const int LettersLeftOff = 2;

    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "cell", "cells", "beta", "tele", "mill", "deca", "calc", "cort", "aris", "myco", "plan", "orap",
    };

    /// <summary>Every clipped name in <paramref name="prepared"/>: its start, its length and its medicine.</summary>
    public IEnumerable<(int Start, int Length, Medicine Medicine)> FindAll(string prepared)
    {
        foreach (Match word in Word().Matches(prepared))
        {
            var text = word.Value;
            if (CommonWords.Contains(text) || BoneScan().IsMatch(prepared, word.Index))
            {
                continue;
            }

            var medicines = names.Where(n => n.Name.Length - text.Length >= LettersLeftOff && n.Name.StartsWith(text, StringComparison.Ordinal))
                .Select(n => n.Medicine)
                .Distinct()
                .ToList();
            if (medicines is [var medicine])
            {
                yield return (word.Index, word.Length, medicine);
            }
        }
    }

    [GeneratedRegex(@"(?<![a-z])[a-z]{4,}(?![a-z])")]
    private static partial Regex Word();

    [GeneratedRegex(@"\Gdexa\s*(?:scan|scans|bone|test)")]
    private static partial Regex BoneScan();
}
