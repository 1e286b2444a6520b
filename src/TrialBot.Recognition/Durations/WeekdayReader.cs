using System.Text.RegularExpressions;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Reads a day of the week as the day it last was: "on monday", "monday", "last tuesday", "this past friday", 周三,
/// 星期一, 礼拜五, 这周二; one of some weeks back ("three weeks ago Friday", "a week ago monday"); and one of last week: 上周一, 上星期三, 上个礼拜五, "the wednesday before last", "the one before that". A day named alone is its latest occurrence
/// before today (said on a Tuesday, "monday" is yesterday and "tuesday" a week ago), never further back, so the time is
/// never overstated; "next monday" and 下周一 are in the future, "a monday" and "every monday" no particular day, and "the
/// monday after halloween" a day counted from another: not read.
/// </summary>
internal static partial class WeekdayReader
{
    private const int DaysPerWeek = 7;

    /// <summary>The days of the week named in <paramref name="prepared"/>, measured up to <paramref name="today"/>.</summary>
    public static List<TimeMention> FindAll(string prepared, DateOnly today)
    {
        var found = new List<TimeMention>();
        foreach (Match match in English().Matches(prepared))
        {
            var day = Array.FindIndex(EnglishDays, name => match.Groups["day"].Value.StartsWith(name, StringComparison.Ordinal));
            // "three weeks ago Friday": the Friday of the week three weeks back.
            var weekEarlier = match.Groups["before"].Success ? DaysPerWeek : 0;
            if (match.Groups["weeks"].Success)
            {
                weekEarlier += DaysPerWeek * WeeksAgo(match.Groups["weeks"].Value);
            }

            found.Add(new TimeMention(match.Index, match.Index + match.Length, Duration.FromDays(DaysSinceLast(today, day) + weekEarlier), null));
        }

        foreach (Match match in Chinese().Matches(prepared))
        {
            var day = ChineseDay(match.Groups["day"].Value);
            var days = match.Groups["last"].Success
                ? DaysSinceMonday(today) + DaysPerWeek - day
                : match.Groups["this"].Success ? DaysSinceMonday(today) - day : DaysSinceLast(today, day);
            if (days >= 0)
            {
                found.Add(new TimeMention(match.Index, match.Index + match.Length, Duration.FromDays(days), null));
            }
        }

        return found;
    }

    /// <summary>
    /// <paramref name="prepared"/> with each day of the week blanked: beside a date with its day ("the Wednesday before
    /// that, 25 Nov", 11月25日周三) the day's name only describes the date, which is read.
    /// </summary>
    public static string Blank(string prepared) =>
        Chinese().Replace(English().Replace(prepared, m => new string(' ', m.Length)), m => new string(' ', m.Length));

    /// <summary>The days' names as they start, Monday first ("tues" and "weds" as short as names go: "wed" and "sat" are words).</summary>
    public static readonly string[] EnglishDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>Days from the latest <paramref name="day"/> (0 Monday … 6 Sunday) before today: 1 to 7.</summary>
    private static int DaysSinceLast(DateOnly today, int day)
    {
        var since = (DaysSinceMonday(today) - day + DaysPerWeek) % DaysPerWeek;
        return since == 0 ? DaysPerWeek : since;
    }

    /// <summary>0 on a Monday … 6 on a Sunday.</summary>
    private static int DaysSinceMonday(DateOnly today) => ((int)today.DayOfWeek + 6) % DaysPerWeek;

    private static int WeeksAgo(string count) => count switch
    {
        "a" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        _ => int.Parse(count, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static int ChineseDay(string name) => name switch
    {
        "一" => 0,
        "二" => 1,
        "三" => 2,
        "四" => 3,
        "五" => 4,
        "六" => 5,
        _ => 6,
    };

    [GeneratedRegex(@"(?<!\b(?:next|coming|a|every|each|on\s+a)\s)\b(?:(?<weeks>a|one|two|three|four|five|six|\d)\s+weeks?\s+ago\s+(?:on\s+|last\s+)?)?(?:(?:on|last|this\s+past|past|since)\s+)?(?<day>monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday)\b(?!\s*(?:next|coming))(?!\s+after\b)(?!\s+before\s+(?!that\b|last\b))(?<before>\s+before\s+(?:that|last))?")]
    private static partial Regex English();

    [GeneratedRegex("(?<!下)(?:(?<last>上个?)|(?<this>这个?|本))?(?:周|星期|礼拜)(?<day>[一二三四五六日天])")]
    private static partial Regex Chinese();
}
