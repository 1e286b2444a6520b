using System.Text.RegularExpressions;
using TrialBot.Recognition.Medicines;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// The shorthand people use for prednisone when they give its dose ("pred 7.5", "7.5mg pred and 400mg plaquenil"), which
/// is no name of the catalog's: found here so that the amount beside it is owned by prednisone, not by another medicine.
/// </summary>
internal static partial class SteroidShorthand
{
    /// <summary>The mentions of the shorthand in <paramref name="prepared"/> that no catalog name already covers.</summary>
    public static IEnumerable<MedicineMention> FindAll(string prepared, Medicine prednisone, IReadOnlyList<MedicineMention> named) =>
        Pred().Matches(prepared)
            .Where(m => !named.Any(n => n.Start < m.Index + m.Length && m.Index < n.End))
            .Select(m => new MedicineMention(m.Index, m.Index + m.Length, prednisone));

    [GeneratedRegex(@"\bpred\b\.?")]
    private static partial Regex Pred();
}
