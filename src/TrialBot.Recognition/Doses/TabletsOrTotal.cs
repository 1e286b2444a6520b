using System.Text.RegularExpressions;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// One amount said beside a count of tablets is either one tablet's strength ("两片5毫克", "3 tablets 5mg": 10 and 15) or
/// the day's total ("3 tablets, 15mg in all", 强的松三片，一共15毫克, "强的松三片 15mg"). It is the total when a word says so,
/// or when the medicine is made in no tablet of that strength but is in one of the amount divided by the count (no
/// prednisone tablet is 15 mg; three of 5 mg are). When tablets are made in both and the count comes first ("2 tabs
/// 10mg", 两片，10毫克: 10 mg each or 5 mg each), it is unclear and the person is asked, and so it is in Chinese when
/// the amount comes first (美卓乐16毫克，一天4片); an amount said first in English ("medrol 4 mg, 2 tablets a day") or
/// written right against its count ("两片5毫克") is the strength.
/// </summary>
internal static partial class TabletsOrTotal
{
    private const int TotalWordReach = 14;

    /// <summary>How the amount was found to be the day's total.</summary>
    public enum Reading
    {
        /// <summary>One tablet's strength, to multiply by the count.</summary>
        Strength,

        /// <summary>The total, said so in words ("in all", 一共).</summary>
        TotalSaid,

        /// <summary>The total, inferred from the medicine's tablet strengths: to confirm.</summary>
        TotalInferred,

        /// <summary>Either: tablets are made in the amount and in the amount divided by the count.</summary>
        Unclear,
    }

    /// <summary>How <paramref name="amount"/> beside <paramref name="count"/> of <paramref name="medicine"/> reads, with the
    /// strengths sold where people write the answer's language (<paramref name="chinese"/>: 两片，10毫克 is 10 in all, for in China
    /// prednisone comes in 5 mg tablets only).</summary>
    public static Reading Read(string prepared, MassAmount amount, TabletCount count, Medicine medicine, bool chinese)
    {
        if (count.Count <= 0 || StrengthAndTotal.IsStrength(prepared, amount))
        {
            return Reading.Strength;
        }

        if (SaidAsTotal(prepared, amount.Start, amount.End))
        {
            return Reading.TotalSaid;
        }

        // Only a count said with its tablet word ("三片", "3 tabs"): "two 5 mg", "2 x 5mg" say the strength by their shape.
        if (!TabletsWithoutStrength.SaysTablets(prepared[count.Start..count.End]))
        {
            return Reading.Strength;
        }

        var strengths = medicine.TabletStrengthsMg.For(chinese);
        if (strengths.Count == 0 || Between(prepared, amount, count) is not { } between || OfJoint().IsMatch(between))
        {
            // "3 tablets of 15mg", "5 mg x 2 tabs": each tablet's strength, said so.
            return Reading.Strength;
        }

        return (Makes(strengths, amount.Milligrams), Makes(strengths, amount.Milligrams / count.Count)) switch
        {
            (false, true) => Reading.TotalInferred,

            // "2 tabs 10mg", 两片，10毫克; not "两片5毫克" (the count written against its amount) nor, in English, "5mg, 2 tabs"
            // (the amount first). In Chinese a name with an amount reads as the product ("美卓乐16毫克" is the 16 mg tablet),
            // so "美卓乐16毫克，一天4片" is unclear too: 4 tablets of 16 mg, or 16 mg as 4 of 4 mg.
            (true, true) when count.Count > 1 && between.Length > 0 && (chinese || count.End <= amount.Start) => Reading.Unclear,
            _ => Reading.Strength,
        };
    }

    /// <summary>
    /// True when a figure without a unit beside a count of tablets can only be their total in mg ("强的松一片半 7.5": no
    /// tablet is 7.5 mg, one and a half of 5 mg are).
    /// </summary>
    public static bool BareIsTotal(double figure, TabletCount count, Medicine medicine, bool chinese)
    {
        var strengths = medicine.TabletStrengthsMg.For(chinese);
        return count.Count > 0 && !Makes(strengths, figure) && Makes(strengths, figure / count.Count);
    }

    /// <summary>True when the figure from <paramref name="start"/> to <paramref name="end"/> is said to be the total ("15mg in
    /// all", 一共12.5, "total of 20").</summary>
    public static bool SaidAsTotal(string prepared, int start, int end) =>
        TotalBefore().IsMatch(prepared[Math.Max(0, start - TotalWordReach)..start]) || TotalAfter().IsMatch(prepared, end);

    /// <summary>The text between the count and the amount, or null when something else stands between them.</summary>
    private static string? Between(string prepared, MassAmount amount, TabletCount count) =>
        count.End <= amount.Start ? prepared[count.End..amount.Start]
        : amount.End <= count.Start ? prepared[amount.End..count.Start]
        : null;

    [GeneratedRegex(@"^\s*(?:of|x|×|\*)\s*(?:the|my)?\s*$")]
    private static partial Regex OfJoint();

    /// <summary>True when a tablet is made in <paramref name="milligrams"/>.</summary>
    private static bool Makes(IReadOnlyList<double> strengths, double milligrams) => strengths.Any(s => Math.Abs(s - milligrams) < 1e-9);

    [GeneratedRegex(@"(?:\b(?:total(?:\s+of)?|in\s+total|altogether|all\s+together|in\s+all|so|which\s+is|that'?s|thats|makes|equals?)|=|一共|总共|共|合计|加起来|总量|总计)\s*(?:是|为|:|：)?\s*$")]
    private static partial Regex TotalBefore();

    [GeneratedRegex(@"\G\s*(?:(?:a|per)\s+day\s+|daily\s+|一天\s*|每天\s*)?(?:in\s+total|total|in\s+all|altogether|all\s+together|总共|一共|总量)(?![a-z])")]
    private static partial Regex TotalAfter();
}
