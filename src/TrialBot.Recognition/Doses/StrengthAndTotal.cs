using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Two amounts of which one is the tablet's strength and the other the day's total: "泼尼松一片5mg，一天20mg", "5mg tabs,
/// 20mg a day total", "4 tablets (5mg each) = 20mg". The total is the dose; it must be a whole or half number of the
/// tablets, or the two amounts are left as they are (a split day, or figures that do not agree).
/// </summary>
internal static partial class StrengthAndTotal
{
    private const int StrengthWordReach = 14;

    /// <summary>The day's total when one of two amounts is a tablet's strength that divides the other; null otherwise.</summary>
    public static MassAmount? Total(string prepared, IReadOnlyList<MassAmount> amounts)
    {
        if (amounts is not [var first, var second])
        {
            return null;
        }

        var (strength, total) = IsStrength(prepared, first) && !IsStrength(prepared, second) ? (first, second)
            : IsStrength(prepared, second) && !IsStrength(prepared, first) ? (second, first)
            : (default(MassAmount?), default(MassAmount?));
        if (strength is not { } each || total is not { } day || each.Milligrams <= 0 || day.Milligrams <= each.Milligrams)
        {
            return null;
        }

        var halves = 2 * day.Milligrams / each.Milligrams;
        return Math.Abs(halves - Math.Round(halves)) < 1e-9 ? day : null;
    }

    /// <summary>True when <paramref name="amount"/> is said as one tablet's strength ("5mg tabs", 一片5mg, "5mg each",
    /// "each one 5mg", "each is 5mg").</summary>
    public static bool IsStrength(string prepared, MassAmount amount) =>
        StrengthBefore().IsMatch(prepared[Math.Max(0, amount.Start - StrengthWordReach)..amount.Start]) || StrengthAfter().IsMatch(prepared, amount.End);

    [GeneratedRegex(@"(?:一片|每片|1片|一粒|每粒|(?:(?:one|1|each|per|a)\s+(?:tab|tablet|pill)s?|\beach(?:\s+one)?)(?:\s+(?:is|was))?)\s*(?:是|为|=|:)?\s*$")]
    private static partial Regex StrengthBefore();

    [GeneratedRegex(@"\G\s*(?:tabs?|tablets?|pills?|each|apiece|per\s+(?:tab|tablet|pill)|一片|每片|的片子|的药片)(?![a-z])")]
    private static partial Regex StrengthAfter();
}
