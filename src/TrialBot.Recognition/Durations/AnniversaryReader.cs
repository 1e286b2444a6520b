using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Reads a length of time that a coming month completes: "3 years in march", "it will be 3 years in March", "2 yrs this
/// june", "a year next month", "in march it will be 3 years", 到明年三月就三年了, 明年3月满三年, 下个月就两年了, 三月份就满一年.
/// The time elapsed is the length less the time until that month ends (the latest the anniversary can fall): on
/// 2026-12-05, "3 years in March" is 3 years less the days to 2027-03-31. A month already past ("it was 3 years in
/// March") adds the time since that month ended.
/// </summary>
internal static partial class AnniversaryReader
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The lengths completed by a named month in <paramref name="prepared"/>, measured up to <paramref name="today"/>.</summary>
    public static List<TimeMention> FindAll(string prepared, DateOnly today)
    {
        var found = new List<TimeMention>();
        var past = Past().IsMatch(prepared);
        foreach (var match in English().Matches(prepared).Concat(EnglishMonthFirst().Matches(prepared)).Concat(Chinese().Matches(prepared)))
        {
            var end = match.Index + match.Length;
            if (found.Any(f => f.Overlaps(match.Index, end)) || Read(match, today, past) is not { } elapsed)
            {
                continue;
            }

            found.Add(new TimeMention(match.Index, end, elapsed, null));
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    private static Duration? Read(Match match, DateOnly today, bool past)
    {
        if (!SpokenNumber.TryParse(match.Groups["n"].Value, out var amount) || amount <= 0 || amount > ElapsedTimeRecognizer.MaxYears)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value;
        var years = unit.StartsWith('y') || unit == "年";
        if (!years && (amount != Math.Floor(amount) || !(unit.StartsWith('m') || unit == "月")))
        {
            return null;
        }

        if (AnchorMonth(match, today, past) is not { } firstOfMonth)
        {
            return null;
        }

        if (unit == "月" && !match.Groups["ge"].Success)
        {
            return null;
        }

        var whole = (int)Math.Floor(amount);
        var length = years
            ? today.DayNumber - today.AddYears(-whole).DayNumber + ((amount - whole) * Duration.DaysPerYear)
            : today.DayNumber - today.AddMonths(-whole).DayNumber;
        var lastDay = firstOfMonth.AddMonths(1).AddDays(-1);
        var days = length - (lastDay.DayNumber - today.DayNumber);
        return days > 0 ? Duration.FromDays(days) : null;
    }

    /// <summary>The first day of the month named: the coming one (this month included), or the past one after "was".</summary>
    private static DateOnly? AnchorMonth(Match match, DateOnly today, bool past)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        if (match.Groups["next"].Success)
        {
            return thisMonth.AddMonths(1);
        }

        int month;
        if (match.Groups["season"].Success)
        {
            // A season is measured to its last month (spring to May, summer to August, autumn to November, winter to February).
            month = match.Groups["season"].Value switch { "spring" => 5, "summer" => 8, "winter" => 2, _ => 11 };
        }
        else if (match.Groups["emonth"].Success)
        {
            month = Array.IndexOf(MonthNames, match.Groups["emonth"].Value[..3]) + 1;
        }
        else if (SpokenNumber.TryParse(match.Groups["cmonth"].Value, out var chinese) && chinese is >= 1 and <= 12 && chinese == Math.Floor(chinese))
        {
            month = (int)chinese;
        }
        else
        {
            return null;
        }

        var rel = match.Groups["rel"].Value;
        if (rel is "past" or "last")
        {
            var gone = new DateOnly(today.Year, month, 1);
            return gone >= thisMonth ? gone.AddYears(-1) : gone;
        }

        var year = rel switch
        {
            "明年" or "next" => today.Year + 1,
            "今年" => today.Year,
            _ => today.Year,
        };
        var first = new DateOnly(year, month, 1);
        if (rel.Length == 0 && past && first > thisMonth)
        {
            return first.AddYears(-1);
        }

        return rel.Length == 0 && !past && first < thisMonth ? first.AddYears(1) : first;
    }

    private const string MonthName =
        "(?<emonth>january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)";

    private const string Length = @"\b(?<n>" + SpokenNumber.EnglishPattern + @")\s*(?<unit>years?|yrs?|months?|mos?)";

    /// <summary>"3 years in march", "2 yrs this june", "a year next month", "3 years come april", "5 years by march", "14
    /// years this past april", "5 years last march" (a month gone by: the time since it is added), "11 years this spring".</summary>
    [GeneratedRegex(Length + @"\s+(?:(?:(?:in|this|come|by|on|as of)\s+(?:(?<rel>next|past|last)\s+)?|(?<rel>last)\s+)(?:" + MonthName + @"|(?<season>spring|summer|autumn|fall|winter))\b(?!\s*,?\s*(?:\d{4}|'\d{2})\b)|(?<next>next month)\b)")]
    private static partial Regex English();

    /// <summary>"in march it will be 3 years", "this june itll be 2 years", "next month it will be a year".</summary>
    [GeneratedRegex(@"\b(?:(?:in|this|come|by)\s+(?:(?<rel>next)\s+)?" + MonthName + @"|(?<next>next month))\b\s*,?\s*(?:it\s*(?:will|ll|is going to|s going to|s gonna)\s+be|will be|its|it is|makes?|marks?)\s+" + Length)]
    private static partial Regex EnglishMonthFirst();

    /// <summary>到明年三月就三年了, 明年3月满三年, 三月份就满一年, 下个月就两年了, 下个月满两年.</summary>
    [GeneratedRegex(
        @"(?:(?<rel>明年|今年)的?\s*(?<cmonth>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?|(?<![\d零〇一二两三四五六七八九十年])(?<cmonth>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?|(?<next>下个月|下月))" +
        @"(?:底|末)?\s*(?:(?:就|才|就要|就会)(?:满|整|到|有)?|满|整)\s*(?<n>" + SpokenNumber.ChinesePattern + @")\s*(?<ge>个)?(?<unit>年|月)(?![\d零〇一二两三四五六七八九十])")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\b(?:was|were|it had been|had been)\b|已经满|那时")]
    private static partial Regex Past();
}
