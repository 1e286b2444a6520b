using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Joins a year to the month, season or holiday said just after it ("2019 in june", "2019, the spring", "in 2019, around march",
/// "2022 sometime, around thanksgiving",
/// 2019年，夏天, 2019年，3月份) before dates are read, so the month is that year's ("june 2019", "spring 2019", 2019年夏天)
/// and not this year's. Only a short joint counts (a comma or a full stop, "in", "around", "the", "month was": "2020. month
/// was october"); "2019 and then in june" is left as it is.
/// A year given after the month or season as what it means ("the summer of the London Olympics, so 2012", "june, that was
/// 2019") is joined the same way.
/// </summary>
internal static partial class YearThenMonth
{
    /// <summary>The prepared answer with each year and the month or season after it written as one date.</summary>
    public static string Join(string prepared) =>
        Chinese().Replace(
            English().Replace(YearAsGloss().Replace(prepared, m => $"{m.Groups["m"].Value} {m.Groups["y"].Value}" + new string(' ', Math.Max(0, m.Length - m.Groups["m"].Length - m.Groups["y"].Length - 1))), m => $"{m.Groups["m"].Value} {m.Groups["y"].Value}"),
            m => m.Groups["y"].Value + "年" + m.Groups["m"].Value);

    /// <summary>A month or season, a few words about it, and its year given as what it means: "summer of the olympics, so 2012".</summary>
    [GeneratedRegex(@"\b(?<m>" + MonthWords.Month + "|" + MonthWords.Season + @")\b[^,.;!?\d]{0,40},?\s*(?:so|that was|that is|which was|ie|i\.e\.)\s+(?:in\s+)?(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex YearAsGloss();

    [GeneratedRegex(
        @"\b(?<y>(?:19|20)\d{2})\b\s*[,.]?\s*(?:(?:in|around|about|roughly|maybe|probably|sometime|some\s+time|i\s+think|like|the|of|early|late|mid|before|at|month\s+was|the\s+month\s+was|month)\s*,?\s+)*" +
        @"(?<m>" + MonthWords.Month + "|" + MonthWords.Season + "|" + MonthWords.Holiday + @")\b")]
    private static partial Regex English();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*年\s*[，,、]\s*(?:大概|大约|好像|应该是|应该|可能|是)?\s*(?<m>(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|[春夏秋冬](?:天|季))")]
    private static partial Regex Chinese();
}
