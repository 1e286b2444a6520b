using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Reads lengths of time with own rules, English and Chinese: "5 years", "5 yrs", "4 wks", "6 mos", "3 years ago",
/// "for the last 2 months", "the past year", "a year and a half", "2 and a half years", "half a year", "over a decade",
/// "more than 2 weeks", "10+ years", "2 1/2 years", 五年, 两周, 三个星期, 四个礼拜, 两个半月, 一年半, 半年, 三个多星期, 两周多, 一年多,
/// 十几年, 两年以上, 最近两个月, 三个月前, and sums such as "2 years and 3 months", 两年零三个月.
/// </summary>
/// <remarks>
/// "More than N" (over, N多, N以上, N+) is N plus one day, never more; a date-like number (3月 is March, 2019年 is a year)
/// is left to the date rules. The -1 day of "almost N" is applied by the caller.
/// </remarks>
internal static partial class SpokenLengthReader
{
    private const double MoreThanDays = 1;
    private const int MaxYearsBack = 200;

    /// <summary>The lengths of time in <paramref name="prepared"/>, in text order; "N ago" (N前) is counted on the calendar back from <paramref name="today"/>.</summary>
    public static List<TimeMention> FindAll(string prepared, DateOnly today)
    {
        var found = new List<(int Start, int End, double Days, bool More, int Rank)>();
        Add(found, prepared, today, English(), EnglishUnit, m => EnglishNumber(m));
        Add(found, prepared, today, EnglishHalfA(), EnglishUnit, m => m.Groups["half"].Success ? 1 : 0.5);
        Add(found, prepared, today, EnglishThePast(), EnglishUnit, _ => 1);
        Add(found, prepared, today, Chinese(), ChineseUnit, ChineseNumber);
        Add(found, prepared, today, ChineseHalf(), ChineseUnit, _ => 0.5);
        Add(found, prepared, today, ChineseTensAndSome(), ChineseUnit, m => SpokenNumber.TryParse(m.Groups["n"].Value, out var n) ? n : double.NaN);

        var ordered = found.OrderBy(f => f.Start).ThenByDescending(f => f.End - f.Start).ToList();
        var kept = new List<(int Start, int End, double Days, bool More, int Rank)>();
        foreach (var length in ordered)
        {
            if (kept.Count > 0 && kept[^1].End > length.Start)
            {
                continue;
            }

            // "2 years and 3 months", 两年零三个月: one length in two parts, the larger unit first.
            if (kept.Count > 0 && kept[^1].Rank > length.Rank && Joint().IsMatch(prepared[kept[^1].End..length.Start]))
            {
                var first = kept[^1];
                kept[^1] = (first.Start, length.End, first.Days + length.Days, first.More || length.More, length.Rank);
                continue;
            }

            kept.Add(length);
        }

        return kept
            .Select(k => new TimeMention(k.Start, k.End, Duration.FromDays(k.Days + (k.More ? MoreThanDays : 0)), null))
            .ToList();
    }

    private static void Add(
        List<(int Start, int End, double Days, bool More, int Rank)> found,
        string prepared,
        DateOnly today,
        Regex pattern,
        Func<string, (double Days, int Rank)?> unit,
        Func<Match, double> number)
    {
        foreach (Match match in pattern.Matches(prepared))
        {
            var amount = number(match);
            if (!double.IsFinite(amount) || amount < 0 || unit(match.Groups["unit"].Value) is not { } perUnit)
            {
                continue;
            }

            if (match.Groups["half"].Success)
            {
                amount += 0.5;
            }

            var more = match.Groups["more"].Success || match.Groups["more2"].Success;
            var days = match.Groups["ago"].Success && !more && CalendarDaysBack(amount, perUnit.Rank, today) is { } back ? back : amount * perUnit.Days;
            found.Add((match.Index, match.Index + match.Length, days, more, perUnit.Rank));
        }
    }

    /// <summary>"3 years ago" on the calendar (2023-11-24 from 2026-11-24: 1096 days); null for a fraction or too far back.</summary>
    private static double? CalendarDaysBack(double amount, int rank, DateOnly today)
    {
        if (amount != Math.Floor(amount) || amount > MaxYearsBack * 12)
        {
            return null;
        }

        var n = (int)amount;
        var date = rank switch
        {
            5 when n * 10 <= MaxYearsBack => today.AddYears(-10 * n),
            4 when n <= MaxYearsBack => today.AddYears(-n),
            3 => today.AddMonths(-n),
            _ => (DateOnly?)null,
        };
        return date is { } d ? today.DayNumber - d.DayNumber : null;
    }

    private static double EnglishNumber(Match match) =>
        SpokenNumber.TryParse(match.Groups["n"].Value, out var n) ? n : double.NaN;

    private static double ChineseNumber(Match match)
    {
        if (!SpokenNumber.TryParse(match.Groups["n"].Value, out var n))
        {
            return double.NaN;
        }

        var unit = match.Groups["unit"].Value;
        var counted = match.Groups["ge"].Success || match.Groups["half"].Success;

        // 3月 is March and 2019年 a year: a month needs 个 (三个月), a length in years is not a year's number.
        return (unit == "月" && !counted) || (unit == "年" && n >= 100) ? double.NaN : n;
    }

    private static (double Days, int Rank)? EnglishUnit(string unit) => unit switch
    {
        _ when unit.StartsWith("dec", StringComparison.Ordinal) => (10 * Duration.DaysPerYear, 5),
        _ when unit.StartsWith('y') => (Duration.DaysPerYear, 4),
        _ when unit.StartsWith('m') => (Duration.DaysPerMonth, 3),
        _ when unit.StartsWith('w') => (Duration.DaysPerWeek, 2),
        _ when unit.StartsWith('d') => (1, 1),
        _ => null,
    };

    private static (double Days, int Rank)? ChineseUnit(string unit) => unit switch
    {
        "年" => (Duration.DaysPerYear, 4),
        "月" => (Duration.DaysPerMonth, 3),
        "星期" or "礼拜" or "周" => (Duration.DaysPerWeek, 2),
        "天" => (1, 1),
        _ => null,
    };

    private const string EnglishUnits = @"(?<unit>decades?|years?|yrs?|months?|mos?|mths?|mnths?|weeks?|wks?|wk|days?|(?<=\d\s?)(?:y|m|w|d))";

    /// <summary>"more than 2 weeks", "5 yrs", "10+ years", "2 and a half years", "a year and a half", "3 months or more".</summary>
    [GeneratedRegex(
        @"(?<more>\b(?:more than|over|longer than|at least|just over|a little over|a bit over|little over|bit over)\s+)?" +
        @"(?<!\b(?:mg|mgs|milligrams?|times|once|twice|thrice|tabs?|tablets?|pills?|every|per|each)\s*)\b(?<n>" + SpokenNumber.EnglishPattern + @")(?<more2>\s?\+)?\s*(?<half>and\s+a\s+half\s+|1\s*/\s*2\s+|½\s*)?" + EnglishUnits +
        @"\b(?<half>\s+and\s+a\s+half)?(?<more2>\s+(?:or more|plus|or longer))?(?<ago>\s+ago\b)?")]
    private static partial Regex English();

    /// <summary>"half a year", "half a month", "half year"; "year and a half" (one and a half, without the "a").</summary>
    [GeneratedRegex(@"\bhalf\s+(?:an?\s+)?" + EnglishUnits + @"\b|\b(?<half>)(?<unit>year|month|week)\s+and\s+a\s+half\b")]
    private static partial Regex EnglishHalfA();

    /// <summary>"the past year", "for the last month": one of the unit.</summary>
    [GeneratedRegex(@"\bthe\s+(?:past|last)\s+(?<unit>decade|year|month|week)\b")]
    private static partial Regex EnglishThePast();

    private const string ChineseUnits = "(?<unit>年|月|星期|礼拜|周|天)";

    /// <summary>五年, 两个半月, 一年半, 三个多星期, 两周多, 一年多, 两年以上, 3个礼拜.</summary>
    [GeneratedRegex(
        @"(?<![\d.零〇一二两三四五六七八九十百每隔])(?<n>" + SpokenNumber.ChinesePattern + @")\s*(?<more>多)?(?<ge>个)?(?<half>半)?(?<more>多)?(?:个)?" +
        ChineseUnits + @"(?<half>半)?(?<more2>多|以上|还多)?(?<ago>前|以前|之前)?(?![\d零〇一二两三四五六七八九十]*\s*(?:次|片|粒|颗|毫克|mg))")]
    private static partial Regex Chinese();

    /// <summary>半年, 半个月, 半个多月; not 上半年, 下半年 (a half of the calendar year, no length).</summary>
    [GeneratedRegex("(?<![零〇一二两三四五六七八九十百个上下前后\\d])半(?:个)?(?<more>多)?(?<unit>年|月|星期|周)(?<more2>多)?")]
    private static partial Regex ChineseHalf();

    /// <summary>十几年, 二十几个月: more than the tens said.</summary>
    [GeneratedRegex("(?<n>[一二两三四五六七八九]?十)(?:(?<more>几)|来)(?:个)?" + ChineseUnits)]
    private static partial Regex ChineseTensAndSome();

    [GeneratedRegex(@"^\s*(?:,|and|零|又|加)?\s*$")]
    private static partial Regex Joint();
}
