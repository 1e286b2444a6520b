using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Blanks out a length of time counted from another event ("2 weeks after my wedding", "a week or 2 after my cousins
/// wedding", "a month before the birth", "3 months into my pregnancy", 婚后两周, 确诊半年后) before lengths are read (not
/// "出院后一个月没变", where the month is the time since): it says when something happened next to that event, not how long
/// ago; the event's own date, if the answer gives it, is what is measured, less the length counted after it
/// (<see cref="After"/>). The blanks keep every other position in place.
/// </summary>
internal static partial class RelativeLengths
{
    /// <summary>True when the answer counts a length from another event: its date is then only near the time asked, to confirm.</summary>
    public static bool Any(string prepared) => Relative().IsMatch(prepared);

    /// <summary>The answer with each length counted from another event replaced by as many spaces.</summary>
    public static string Blank(string prepared) => Relative().Replace(prepared, m => new string(' ', m.Length));

    /// <summary>
    /// The length the answer counts after another event ("a week or 2 after my cousins wedding", 婚后两周): the time asked
    /// began that long after the event's date, so that much less has gone by since. Of a range, the longer end when
    /// <paramref name="longest"/> (never overstating the time since), else the shorter. Null when no length is counted
    /// after an event, when several are, or when the count is vague ("a few weeks after").
    /// </summary>
    /// <param name="prepared">The prepared answer.</param>
    /// <param name="longest">Whether a range gives its longer end.</param>
    /// <returns>The length, or null.</returns>
    public static Duration? After(string prepared, bool longest)
    {
        var found = Relative().Matches(prepared).Where(m => m.Groups["after"].Success).ToList();
        if (found is not [var one] || Count(one.Groups["n"].Value) is not { } low)
        {
            return null;
        }

        // 两个多月以后: more than two months, so up to three.
        var high = one.Groups["m"].Success ? Count(one.Groups["m"].Value) : one.Groups["more"].Success ? low + 1 : low;
        if (high is not { } upper || upper < low)
        {
            return null;
        }

        var count = longest ? upper : low;
        return one.Groups["unit"].Value[0] switch
        {
            'd' or '天' => Duration.FromDays(count),
            'w' or '周' or '星' or '礼' => Duration.FromWeeks(count),
            'm' or '月' => Duration.FromMonths(count),
            _ => Duration.FromYears(count),
        };
    }

    /// <summary>A count: a figure, an English number word, a Chinese numeral; two Chinese numerals together (一两, 两三)
    /// are a range, read by <see cref="After"/> only through their ends, so here the larger.</summary>
    private static double? Count(string text)
    {
        var trimmed = text.Trim();
        if (trimmed == "半")
        {
            return 0.5;
        }

        if (trimmed.Length == 2 && trimmed.All(c => "一二两三四五六七八九".Contains(c))
            && SpokenNumber.TryParse(trimmed[1].ToString(), out var second))
        {
            return second;
        }

        return SpokenNumber.TryParse(trimmed, out var value) && value > 0 ? value : null;
    }

    private const string EnglishCount = @"(?:\d{1,3}(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|few|couple\s+of|several)";
    private const string EnglishUpper = @"(?:\d{1,3}(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private const string ChineseCount = @"(?:\d{1,3}|[一二两三四五六七八九十半]+)";

    [GeneratedRegex(
        @"\b(?<n>" + EnglishCount + @")(?:\s*(?:-|–|to|or)\s*(?<m>" + EnglishUpper + @"))?\s*(?<unit>days?|weeks?|wks?|months?|mos?|years?|yrs?)" +
        @"(?:\s*(?:or|-|to)\s*(?<m>" + EnglishUpper + @"))?\s+(?:(?<after>after|later|into|following|post)|before|earlier)\b|" +
        @"(?:婚|产|孕)(?:(?<after>后)|前)\s*(?<n>" + ChineseCount + @")\s*个?\s*(?<unit>天|周|星期|礼拜|月|年)|" +
        @"(?<=[\p{IsCJKUnifiedIdeographs}，,。；;\s]|^)(?<n>" + ChineseCount + @")\s*个?\s*(?<more>多)?\s*(?<unit>天|周|星期|礼拜|月|年)\s*(?<after>之后|以后|后)")]
    private static partial Regex Relative();
}
