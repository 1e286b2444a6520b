using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Blanks out a length of time spent off a medicine ("I'd had about a year off it before that", "off pred for 2 years",
/// "stopped for 6 months", "a 3 month break", 停了一年, 停药半年, 断了两个月) before lengths are read: it is how long the person
/// went without, never how long they have been on it or since something happened (a year off it had read as a year on
/// the current course: a wrong pass). The blanks keep every other position in place.
/// </summary>
internal static partial class BreakLengths
{
    /// <summary>True when the answer tells of a break of some length.</summary>
    public static bool Any(string prepared) => Break().IsMatch(prepared);

    /// <summary>True when the answer says the medicine was started again after the break ("back on it 3 months", 又吃了3个月).</summary>
    public static bool SaysRestarted(string prepared) => Restarted().IsMatch(prepared);

    /// <summary>The answer with each length of a break replaced by as many spaces.</summary>
    public static string Blank(string prepared) => Break().Replace(prepared, m => new string(' ', m.Length));

    private const string Count = @"(?:\d{1,3}(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of|a\s+couple|few|couple\s+of|several|half\s+a)";
    private const string Unit = @"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)";
    private const string Hedge = @"(?:(?:about|around|like|almost|nearly|maybe|roughly|over|more\s+than)\s+)?";
    private const string Medicine = @"(?:it|them|that|those|the\s+\w+|my\s+\w+|pred\w*|steroids?|meds?|medication|tablets|pills)";
    private const string ChineseCount = @"(?:\d{1,3}|[一二两三四五六七八九十半几]+)";

    [GeneratedRegex(@"\b(?:back\s+on|restart(?:ed|ing)?|started\s+(?:\w+\s+)?again|again\s+for|on\s+again)\b|又(?:吃|用|开始|吃上)|重新(?:吃|用|开始)|再(?:吃|用|开始)")]
    private static partial Regex Restarted();

    [GeneratedRegex(
        @"\b" + Hedge + Count + @"\s*(?:-\s*)?" + Unit + @"\s+(?:off\s+" + Medicine + @"|off\b|break|without\s+" + Medicine + @")|" +
        @"\b(?:off\s+" + Medicine + @"|without\s+" + Medicine + @"|stopped(?:\s+(?:taking\s+)?" + Medicine + @")?|came\s+off(?:\s+" + Medicine + @")?|a\s+break)\s+(?:for\s+|of\s+)?" + Hedge + Count + @"\s*" + Unit + @"\b|" +
        @"(?:停了|停过|停药|停|断了|断过|歇了)(?:大概|差不多|将近|有)?\s*" + ChineseCount + @"\s*个?\s*(?:多)?\s*(?:天|周|星期|礼拜|月|年)(?:多)?")]
    private static partial Regex Break();
}
