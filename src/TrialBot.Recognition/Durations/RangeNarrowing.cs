using System.Globalization;
using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Rewrites a range of lengths of time to its lower end before the date-time model reads it, because the model keeps
/// the upper end ("3-4 years" → P4Y) or misreads it (五六年 → the year 1956). The lower end never overstates the
/// elapsed time: "3-4 years" → "3 years", "three or four years ago" → "three years ago", "between 7 and 9 weeks" → "7
/// weeks", 五六年 → 五年, 3到4年 → 3年. At the upper end, a month said with its week or day unknown ("sometime in October, I
/// don't know which week") is its first day.
/// </summary>
internal static partial class RangeNarrowing
{
    private const string Unit = @"(?=\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)\b)";
    private const string ChineseUnit = "(?=个?多?(?:年|月|星期|周|礼拜|天))";

    private static readonly Dictionary<string, int> SmallNumberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    /// <summary>The prepared answer with every range of lengths of time replaced by its lower end.</summary>
    public static string Apply(string prepared) => Apply(prepared, upperEnd: false);

    /// <summary>The prepared answer with every range of lengths of time replaced by its lower end, or by its upper end
    /// (<paramref name="upperEnd"/>: the longest the person said, which the screening weighs beside the shortest).</summary>
    public static string Apply(string prepared, bool upperEnd)
    {
        // 9月到10月底之间 first: two months, not two lengths of time in months.
        var text = ChineseMonthsBetween().Replace(prepared, m => upperEnd ? FirstDayOf(m.Groups["a"].Value) : m.Groups["b"].Value);
        text = ChineseAdjacentMonths().Replace(text, m => !IsConsecutive(m.Groups["a"].Value, m.Groups["b"].Value) ? m.Value
            : upperEnd ? m.Groups["a"].Value + "月1日" : m.Groups["b"].Value + "月");
        text = MixedUnitRange().Replace(text, m => ShorterEnd(m, upperEnd));
        text = MixedUnitRangeChinese().Replace(text, m => ShorterEnd(m, upperEnd));
        text = MonthsBetween().Replace(text, m => (m.Groups[upperEnd ? "qa" : "qb"].Success ? string.Empty : "in ") + m.Groups[upperEnd ? "a" : "b"].Value);
        text = DaysEitherUnsure().Replace(text, m => m.Groups[upperEnd ? "a" : "b"].Value);
        if (upperEnd && DayNotKnown.Said(text))
        {
            // "sometime in October, I don't know which week", 10月份调的，哪天不记得了: any day of the month; its first day is
            // the longest it can mean (its last, as a month alone is read, the shortest).
            text = EnglishMonthWithoutDay().Replace(text, m => "1 " + m.Value);
            text = ChineseMonthWithoutDay().Replace(text, m => m.Groups["month"].Value + "月1日");
        }

        text = DigitRange().Replace(Between().Replace(text, "$1 to "), m => End(m.Groups[1].Value, m.Groups[2].Value, upperEnd));
        text = WordRange().Replace(text, m => (SmallNumberWords[m.Groups[1].Value] <= SmallNumberWords[m.Groups[2].Value]) != upperEnd ? m.Groups[1].Value : m.Groups[2].Value);
        text = ChineseAdjacentRange().Replace(text, m => IsConsecutive(m.Groups[1].Value, m.Groups[2].Value) ? m.Groups[upperEnd ? 2 : 1].Value : m.Value);
        return ChineseRange().Replace(text, m => m.Groups[upperEnd ? 2 : 1].Value);
    }

    /// <summary>True when <paramref name="prepared"/> holds a range of lengths of time ("7-8 weeks", 七八周, 3到4年).</summary>
    public static bool Holds(string prepared) => Apply(prepared, upperEnd: false) != Apply(prepared, upperEnd: true);

    /// <summary>True for two numerals one apart (五六, 两三): a range, not a year such as 九二.</summary>
    private static bool IsConsecutive(string first, string second) =>
        Numbers.SpokenNumber.TryParse(first, out var a) && Numbers.SpokenNumber.TryParse(second, out var b) && b - a == 1;

    /// <summary>The end of a range of two lengths with units of their own ("10 days to 3 weeks", 十天到三周) that is the
    /// shorter (or, for <paramref name="upperEnd"/>, the longer), as said.</summary>
    private static string ShorterEnd(Match match, bool upperEnd)
    {
        var first = match.Groups["a"].Value;
        var second = match.Groups["b"].Value;
        if (!Numbers.SpokenNumber.TryParse(match.Groups["an"].Value, out var a) || !Numbers.SpokenNumber.TryParse(match.Groups["bn"].Value, out var b))
        {
            return match.Value;
        }

        var firstShorter = a * DaysIn(match.Groups["au"].Value) <= b * DaysIn(match.Groups["bu"].Value);
        return firstShorter != upperEnd ? first : second;
    }

    private static double DaysIn(string unit) => unit switch
    {
        _ when unit.StartsWith('d') || unit == "天" => 1,
        _ when unit.StartsWith('w') || unit is "周" or "星期" or "礼拜" => 7,
        _ when unit.StartsWith('m') || unit == "月" => 30.44,
        _ => 365.25,
    };

    /// <summary>"10 days to 3 weeks", "between 10 days and 3 weeks", "2 weeks or a month": two lengths, each with its unit
    /// ("and" only after "between": "5 years and 3 months" is one length).</summary>
    [GeneratedRegex(@"(?:\bbetween\s+(?=\S+\s*\S+\s+and\s))?\b(?<a>(?<an>" + Numbers.SpokenNumber.EnglishPattern + @")\s*(?<au>days?|weeks?|wks?|months?|mos?|years?|yrs?))\s*(?:-|–|~|to|or maybe|or|(?<=\bbetween\s+\S+\s*\S+\s*)and)\s*(?<b>(?<bn>" + Numbers.SpokenNumber.EnglishPattern + @")\s*(?<bu>days?|weeks?|wks?|months?|mos?|years?|yrs?))\b")]
    private static partial Regex MixedUnitRange();

    /// <summary>十天到三周, 十天或者三个星期, 两周到一个月: two lengths, each with its unit.</summary>
    [GeneratedRegex(@"(?<a>(?<an>" + Numbers.SpokenNumber.ChinesePattern + @")\s*个?(?<au>天|周|星期|礼拜|月|年))\s*(?:到|至|-|~|或者|或|还是)\s*(?<b>(?<bn>" + Numbers.SpokenNumber.ChinesePattern + @")\s*个?(?<bu>天|周|星期|礼拜|月|年))")]
    private static partial Regex MixedUnitRangeChinese();

    private static string End(string first, string second, bool upperEnd) =>
        (double.Parse(first, CultureInfo.InvariantCulture) <= double.Parse(second, CultureInfo.InvariantCulture)) != upperEnd ? first : second;

    [GeneratedRegex(@"(\d+(?:\.\d+)?)\s*(?:-|–|—|~|to|or)\s*(\d+(?:\.\d+)?)" + Unit)]
    private static partial Regex DigitRange();

    /// <summary>"between March and June", "between march and june 2026", "between labor day and halloween", "between the end of
    /// may and the middle of june": the later month or holiday is the shorter time, the earlier the longer.</summary>
    [GeneratedRegex(@"\bbetween\s+(?:the\s+)?(?<a>(?<qa>" + PartOfMonth + @")?(?:" + MonthWords.Month + "|" + MonthWords.Holiday + @"))\s+(?:and|to|-)\s+(?:the\s+)?(?<b>(?<qb>" + PartOfMonth + @")?(?:" + MonthWords.Month + "|" + MonthWords.Holiday + @"))\b")]
    private static partial Regex MonthsBetween();

    /// <summary>"the end of", "middle of", "early", "mid-", "late": a part of a month said before it.</summary>
    private const string PartOfMonth = @"(?:end|beginning|start|middle)\s+of\s+|early\s+|late\s+|mid[\s-]?";

    /// <summary>"october 5 or october 15, not sure which", "the 5th or the 15th of october, cant remember which": two days
    /// offered with the person not knowing which; the later is the shorter time, the earlier the longer.</summary>
    [GeneratedRegex(@"(?<a>\b(?:" + MonthWords.Month + @")\s+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MonthWords.Month + @"))\s+or\s+(?:the\s+)?(?<b>(?:" + MonthWords.Month + @")\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + MonthWords.Month + @"))\b(?=[^.!?]{0,30}?\b(?:not\s+sure|unsure|cant\s+remember|dont\s+know|do\s+not\s+know|no\s+idea)\b)")]
    private static partial Regex DaysEitherUnsure();

    /// <summary>
    /// 9月到10月底之间, 从九月到十月中旬之间: two months as the ends of a span (with 之间: without it, 9月到10月 may be a course
    /// that ended). The later month (as said, with 底 or 中旬) is the shorter time; the earlier month from its first day the
    /// longer. Two months offered as alternatives (9月还是10月) are asked about: one of them is the answer.
    /// </summary>
    [GeneratedRegex(@"(?<a>" + ChineseMonth + @")\s*(?:到|至|~|-|—)\s*(?<b>" + ChineseMonth + @")(?=\s*(?:之间|中间))")]
    private static partial Regex ChineseMonthsBetween();

    /// <summary>
    /// 今年五六月份, 去年七八月, 去年7、8月: two months of the year one after the other (months, not lengths: the later month
    /// is the shorter time). Months when 月份 follows or a year comes before.
    /// </summary>
    [GeneratedRegex(@"(?:(?<a>[一二三四五六七八九])(?<b>[二三四五六七八九十])|(?<![\d.])(?<a>[1-9]|1[01])\s*[、/]\s*(?<b>[2-9]|1[0-2])(?![\d.]))(?:月份|(?<=年[^月]{1,7})月)")]
    private static partial Regex ChineseAdjacentMonths();

    private const string ChineseMonth = @"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?(?:上旬|中旬|下旬|初|中|底|末)?";

    /// <summary>A Chinese month as said (九月, 9月份), from its first day; a part of the month said (9月底) is kept.</summary>
    private static string FirstDayOf(string month) =>
        month.EndsWith('月') || month.EndsWith("月份", StringComparison.Ordinal) ? month.TrimEnd('份') + "1日" : month;

    /// <summary>"between 7 and 9 weeks", "somewhere between six and eight months": a range said with "between … and".</summary>
    [GeneratedRegex(@"\bbetween\s+(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+")]
    private static partial Regex Between();

    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:-|or|to)\s*(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)" + Unit)]
    private static partial Regex WordRange();

    /// <summary>Two consecutive Chinese numerals one apart before a unit (五六年, 两三个月): an approximate range.</summary>
    [GeneratedRegex("(一|两|二|三|四|五|六|七|八|九)(二|三|四|五|六|七|八|九)" + ChineseUnit)]
    private static partial Regex ChineseAdjacentRange();

    [GeneratedRegex(@"(\d+|[一二两三四五六七八九十]+)\s*(?:到|至|-|~|或|或者)\s*(\d+|[一二两三四五六七八九十]+)" + ChineseUnit)]
    private static partial Regex ChineseRange();

    /// <summary>A month named without its day ("october", "oct 2026"; not "october 15", "15 october").</summary>
    [GeneratedRegex(@"(?<!\d(?:st|nd|rd|th)?\s*(?:of\s+)?)\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\.?\s*,?\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\d))")]
    private static partial Regex EnglishMonthWithoutDay();

    /// <summary>A Chinese month without its day (10月, 十月份; not 10月15号).</summary>
    [GeneratedRegex(@"(?<![\d零〇一二两三四五六七八九十个])(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号))")]
    private static partial Regex ChineseMonthWithoutDay();
}
