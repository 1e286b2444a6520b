using System.Text.RegularExpressions;
using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// One amount said beside a count of tablets is either one tablet's strength ("两片5毫克", "3 tablets 5mg": 10 and 15) or
/// the day's total ("3 tablets, 15mg in all", 强的松三片，一共15毫克, "强的松三片 15mg"). It is the total when a word says so,
/// or when the medicine is made in no tablet of that strength but is in one of the amount divided by the count (no
/// prednisone tablet is 15 mg; three of 5 mg are).
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
    }

    /// <summary>How <paramref name="amount"/> beside <paramref name="count"/> of <paramref name="medicine"/> reads.</summary>
    public static Reading Read(string prepared, MassAmount amount, TabletCount count, Medicine medicine)
    {
        if (count.Count <= 0 || StrengthAndTotal.IsStrength(prepared, amount))
        {
            return Reading.Strength;
        }

        if (TotalBefore().IsMatch(prepared[Math.Max(0, amount.Start - TotalWordReach)..amount.Start]) || TotalAfter().IsMatch(prepared, amount.End))
        {
            return Reading.TotalSaid;
        }

        // Only a count said with its tablet word ("三片", "3 tabs"): "two 5 mg", "2 x 5mg" say the strength by their shape.
        if (!TabletWord().IsMatch(prepared[count.Start..count.End]))
        {
            return Reading.Strength;
        }

        var strengths = medicine.TabletStrengthsMg;
        var perTablet = amount.Milligrams / count.Count;
        return strengths.Count > 0 && !strengths.Any(s => Same(s, amount.Milligrams)) && strengths.Any(s => Same(s, perTablet))
            ? Reading.TotalInferred
            : Reading.Strength;
    }

    private static bool Same(double a, double b) => Math.Abs(a - b) < 1e-9;

    [GeneratedRegex(@"(?:\b(?:total(?:\s+of)?|in\s+total|altogether|all\s+together|in\s+all|so|which\s+is|that'?s|thats|makes|equals?)|=|一共|总共|共|合计|加起来|总量|总计)\s*(?:是|为|:|：)?\s*$")]
    private static partial Regex TotalBefore();

    [GeneratedRegex(@"\G\s*(?:(?:a|per)\s+day\s+|daily\s+|一天\s*|每天\s*)?(?:in\s+total|total|in\s+all|altogether|all\s+together|总共|一共|总量)(?![a-z])")]
    private static partial Regex TotalAfter();

    [GeneratedRegex(@"tablets?|tabs?|pills?|片|粒|颗")]
    private static partial Regex TabletWord();
}
