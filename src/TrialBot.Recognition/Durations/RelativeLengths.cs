using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Blanks out a length of time counted from another event ("2 weeks after my wedding", "a month before the birth",
/// "3 months into my pregnancy", 婚后两周, 确诊半年后) before lengths are read (not "出院后一个月没变",
/// where the month is the time since): it says when something
/// happened next to that event, not how long ago; the event's own date, if the answer gives it, is what is measured.
/// The blanks keep every other position in place.
/// </summary>
internal static partial class RelativeLengths
{
    /// <summary>True when the answer counts a length from another event: its date is then only near the time asked, to confirm.</summary>
    public static bool Any(string prepared) => Relative().IsMatch(prepared);

    /// <summary>The answer with each length counted from another event replaced by as many spaces.</summary>
    public static string Blank(string prepared) => Relative().Replace(prepared, m => new string(' ', m.Length));

    private const string EnglishCount = @"(?:\d{1,3}(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|few|couple\s+of|several)";
    private const string ChineseCount = @"(?:\d{1,3}|[一二两三四五六七八九十半]+)";

    [GeneratedRegex(
        @"\b" + EnglishCount + @"\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+(?:after|before|later|earlier|into|following|post)\b|" +
        @"(?:婚|产|孕)(?:后|前)\s*" + ChineseCount + @"\s*个?\s*(?:天|周|星期|礼拜|月|年)|" +
        @"(?<=\p{IsCJKUnifiedIdeographs})" + ChineseCount + @"\s*个?\s*(?:天|周|星期|礼拜|月|年)\s*(?:之后|以后|后)")]
    private static partial Regex Relative();
}
