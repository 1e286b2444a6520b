using System.Globalization;
using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Reads dates that name a part of a month or a holiday, measured from the point named rather than from the month's
/// last day: "since mid nov", "early oct", "late october 2025", "the beginning of march", "middle of last month",
/// "end of last month", 十月中旬, 3月初, 去年十月底, 上个月初, 上月中旬, 月初; and holidays with a fixed day or one
/// reckoned on the Chinese calendar: 国庆 (1 October), 元旦 and "new year" (1 January), 五一 (1 May), 圣诞 and
/// "christmas" (25 December), "halloween" (31 October), "paddy's day" (17 March), "canada day", "anzac day", "australia day",
/// "boxing day", "bonfire night", "valentines" (14 February), the US "memorial day", "labor day", "columbus day" and
/// "thanksgiving", "mothers day"/母亲节, "fathers day"/父亲节 and "easter" ("holy week"), 清明 and "ching ming" (5 April), "merdeka" (31 August),
/// 春节, 过年, "chinese new year" and "cny" (the first day of the lunar year), 元宵, 端午, 中秋; "ramadan" (its first day),
/// "eid al fitr" and "eid al adha" on the Umm al-Qura calendar ("eid" alone: the later of the two that has come), "diwali"
/// (from a table of its days, 2018 to 2030); and the solar terms people
/// date by (立春, 夏至, 霜降, 冬至 …), each on the later of the two days it can fall on.
/// </summary>
/// <remarks>
/// Each part is measured from the latest day it can mean, as a month alone is from its last day, so that the time is
/// never overstated (the time rules are minimums): early, the beginning or start of a month, 初 and 上旬 from its 10th;
/// mid, the middle, 中 and 中旬 from its 20th; late, the end, 下旬, 底 and 末 from its last day. On 2026-12-05, "since mid
/// nov" is 15 days, "since early oct" 56 days. A month or holiday without a year is its latest occurrence that has
/// come; a part of the current month ("mid dec" on 5 December, 本月初) is <see cref="RecognitionProblem.ThisMonth"/>:
/// within a month a few days decide, so the bot asks how many weeks. "After mid March" bounds the time from above only
/// and is <see cref="RecognitionProblem.Ambiguous"/>.
/// </remarks>
internal static partial class PointInMonthReader
{
    private const int EarlyDay = 10;
    private const int MidDay = 20;
    private const int EndOfMonth = 31;

    /// <summary>The days of a week: "the first week of november" ends on the 7th, the second on the 14th.</summary>
    private const int WeekDays = 7;

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly ChineseLunisolarCalendar Lunar = new();

    private static readonly UmAlQuraCalendar Hijri = new();

    /// <summary>The dates naming a point in a month or a holiday in <paramref name="prepared"/>, measured up to <paramref name="today"/>.</summary>
    public static List<TimeMention> FindAll(string prepared, DateOnly today)
    {
        var found = new List<TimeMention>();
        Add(found, prepared, today, EnglishPart(), m => EnglishNamedMonth(m, today));
        Add(found, prepared, today, EnglishRelativePart(), m => RelativeMonth(m.Groups["rel"].Value, Day(m.Groups["part"].Value), today));
        Add(found, prepared, today, ChinesePart(), m => ChineseNamedMonth(m, today));
        Add(found, prepared, today, ChineseRelativeDay(), m => RelativeDay(m.Groups["rel"].Value, m.Groups["day"].Value, today));
        Add(found, prepared, today, EnglishRelativeDay(), m => RelativeDay(m.Groups["rel"].Value, m.Groups["day"].Value, today));
        Add(found, prepared, today, ChineseRelativePart(), m => RelativeMonth(m.Groups["rel"].Value, Day(m.Groups["part"].Value), today));
        Add(found, prepared, today, ChineseHoliday(), m => Holiday(m.Groups["holiday"].Value, ChineseYear(m.Groups["rel"].Value, m.Groups["year"].Value, today), today));
        Add(found, prepared, today, EnglishHoliday(), m => Holiday(m.Groups["holiday"].Value, EnglishYear(m.Groups["rel"].Value, m.Groups["year"].Value, today), today));
        return found.OrderBy(f => f.Start).ToList();
    }

    private static void Add(List<TimeMention> found, string prepared, DateOnly today, Regex pattern, Func<Match, (Duration? Elapsed, string? Problem)?> read)
    {
        foreach (Match match in pattern.Matches(prepared))
        {
            var end = match.Index + match.Length;
            if (found.Any(f => f.Overlaps(match.Index, end)) || read(match) is not { } reading)
            {
                continue;
            }

            if (reading.Elapsed is { } sinceDay && DayBeside().Match(prepared[..match.Index]) is { Success: true } beside)
            {
                // "the monday after halloween", "the Friday before Thanksgiving", "the day after the Melbourne Cup": the day
                // counted from the holiday's.
                var shifted = Shifted(today.AddDays(-(int)Math.Round(sinceDay.Days)), beside);
                found.Add(shifted < today
                    ? new TimeMention(beside.Index, end, Duration.Between(shifted, today), null)
                    : new TimeMention(beside.Index, end, null, shifted == today ? RecognitionProblem.ThisMonth : RecognitionProblem.OutOfRange));
                continue;
            }

            if (NearAfter().IsMatch(prepared[..match.Index]) && reading.Elapsed is { } since && since.Days > NearAfterDays)
            {
                // "right after labor day", "the week after christmas": within about a week of the day, measured from a week
                // after it (never more than the person said), and said back to confirm (FigureHedge).
                found.Add(new TimeMention(match.Index, end, Duration.FromDays(since.Days - NearAfterDays), null));
                continue;
            }

            var bounded = After().IsMatch(prepared[..match.Index]) || Following().IsMatch(prepared[end..]);
            found.Add(bounded ? new TimeMention(match.Index, end, null, RecognitionProblem.Ambiguous) : new TimeMention(match.Index, end, reading.Elapsed, reading.Problem));
        }
    }

    private static (Duration? Elapsed, string? Problem)? EnglishNamedMonth(Match match, DateOnly today)
    {
        var name = match.Groups["month"].Value;
        var month = Array.IndexOf(MonthNames, name[..3]) + 1;
        var year = EnglishYear(match.Groups["rel"].Value, match.Groups["year"].Value, today);
        return Point(month, year, Day(match.Groups["part"].Value), today);
    }

    private static (Duration? Elapsed, string? Problem)? ChineseNamedMonth(Match match, DateOnly today)
    {
        if (!SpokenNumber.TryParse(match.Groups["month"].Value, out var month) || month != Math.Floor(month))
        {
            return null;
        }

        return Point((int)month, ChineseYear(match.Groups["rel"].Value, match.Groups["year"].Value, today), Day(match.Groups["part"].Value), today);
    }

    /// <summary>The point <paramref name="day"/> of a month (the latest occurrence that has begun when no year is said).</summary>
    private static (Duration? Elapsed, string? Problem)? Point(int month, int? year, int day, DateOnly today)
    {
        if (month is < 1 or > 12 || year is < 1900)
        {
            return null;
        }

        if (year > today.Year)
        {
            return (null, RecognitionProblem.OutOfRange);
        }

        var first = new DateOnly(year ?? today.Year, month, 1);
        if (year is null && first > today)
        {
            first = first.AddYears(-1);
        }

        return Since(first, day, today);
    }

    private static (Duration? Elapsed, string? Problem) RelativeMonth(string relative, int day, DateOnly today)
    {
        var back = relative switch
        {
            "last month" or "the previous month" or "上个月" or "上月" => 1,
            "the month before last" or "上上个月" or "上上月" => 2,
            _ => 0,
        };
        return Since(new DateOnly(today.Year, today.Month, 1).AddMonths(-back), day, today);
    }

    /// <summary>A day of last month or of this one (上个月10号, "the 10th of last month"): that day, measured to today.</summary>
    private static (Duration? Elapsed, string? Problem)? RelativeDay(string relative, string day, DateOnly today)
    {
        if (!SpokenNumber.TryParse(day, out var number) || number != Math.Floor(number) || number is < 1 or > EndOfMonth)
        {
            return null;
        }

        var back = relative switch
        {
            "last month" or "上个月" or "上月" => 1,
            "the month before last" or "上上个月" or "上上月" => 2,
            _ => 0,
        };
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
        var point = firstOfMonth.AddDays(Math.Min((int)number, DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month)) - 1);
        return point >= today ? (null, RecognitionProblem.OutOfRange) : (Duration.Between(point, today), null);
    }

    private static (Duration? Elapsed, string? Problem) Since(DateOnly firstOfMonth, int day, DateOnly today)
    {
        if (firstOfMonth > today)
        {
            return (null, RecognitionProblem.OutOfRange);
        }

        var point = firstOfMonth.AddDays(Math.Min(day, DateTime.DaysInMonth(firstOfMonth.Year, firstOfMonth.Month)) - 1);
        var thisMonth = firstOfMonth.Year == today.Year && firstOfMonth.Month == today.Month;
        return thisMonth || point >= today ? (null, RecognitionProblem.ThisMonth) : (Duration.Between(point, today), null);
    }

    /// <summary>The latest day of a holiday not after today (of the year said, when one is).</summary>
    private static (Duration? Elapsed, string? Problem)? Holiday(string holiday, int? year, DateOnly today)
    {
        if (year is < 1901 or > 2100)
        {
            return null;
        }

        if (year > today.Year)
        {
            return (null, RecognitionProblem.OutOfRange);
        }

        var day = CountryVariants(holiday, year ?? today.Year) is { } variants
            ? variants.Concat(year is null ? CountryVariants(holiday, today.Year - 1)! : []).Where(date => date <= today).DefaultIfEmpty(variants.Min()).Max()
            : HolidayIn(holiday, year ?? today.Year);
        if (year is null && day > today)
        {
            day = HolidayIn(holiday, today.Year - 1);
        }

        return day is not { } date ? null
            : date > today ? (null, RecognitionProblem.OutOfRange)
            : date == today ? (null, RecognitionProblem.ThisMonth)
            : (Duration.Between(date, today), null);
    }

    /// <summary>True when the answer names a holiday kept on different days in different countries (Labour Day,
    /// Thanksgiving, Mother's and Father's Day): read on the latest of its days that has come (never overstating the
    /// time), and said back with its date to confirm.</summary>
    public static bool NamesHolidayOfManyDays(string prepared) =>
        EnglishHoliday().Matches(prepared).Any(match => CountryVariants(match.Groups["holiday"].Value, 2000) is not null);

    /// <summary>The days a holiday kept differently by country falls on in <paramref name="year"/>, or null for one kept
    /// on one day: Labour Day (spelt so) on 1 May in most of the world, in September in Canada, in October in New
    /// Zealand (the fourth Monday) and New South Wales (the first); Thanksgiving in October in Canada and November in the
    /// United States; Mother's Day on Mothering Sunday in the United Kingdom and Ireland (three weeks before Easter) and in
    /// May elsewhere; Father's Day in June, and in September in Australia and New Zealand.</summary>
    private static DateOnly[]? CountryVariants(string holiday, int year) => string.Join(' ', holiday.Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "labour day" or "labour weekend" => [new DateOnly(year, 5, 1), NthWeekday(year, 9, DayOfWeek.Monday, 1), NthWeekday(year, 10, DayOfWeek.Monday, 1), NthWeekday(year, 10, DayOfWeek.Monday, 4)],
        "thanksgiving" => [NthWeekday(year, 10, DayOfWeek.Monday, 2), NthWeekday(year, 11, DayOfWeek.Thursday, 4)],
        "eid" => HijriDay(year, 10, 1) is { } fitr && HijriDay(year, 12, 10) is { } adha ? [fitr, adha] : null,
        "mothers day" or "mothering sunday" => [Easter(year).AddDays(-21), NthWeekday(year, 5, DayOfWeek.Sunday, 2)],
        "fathers day" => [NthWeekday(year, 6, DayOfWeek.Sunday, 3), NthWeekday(year, 9, DayOfWeek.Sunday, 1)],
        _ => null,
    };

    private static DateOnly? HolidayIn(string holiday, int year) => string.Join(' ', holiday.Split(' ', StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "国庆" or "十一" or "national day" => new DateOnly(year, 10, 1),
        "双十一" => new DateOnly(year, 11, 11),
        "双十二" => new DateOnly(year, 12, 12),
        "元旦" or "new year" or "new years" or "new years day" => new DateOnly(year, 1, 1),
        "五一" or "劳动节" => new DateOnly(year, 5, 1),
        "圣诞" or "christmas" or "xmas" => new DateOnly(year, 12, 25),
        "halloween" => new DateOnly(year, 10, 31),
        "st patricks day" or "saint patricks day" or "paddys day" or "patricks day" => new DateOnly(year, 3, 17),
        "canada day" => new DateOnly(year, 7, 1),
        "anzac day" => new DateOnly(year, 4, 25),
        "australia day" => new DateOnly(year, 1, 26),
        "boxing day" => new DateOnly(year, 12, 26),
        "bonfire night" or "guy fawkes night" or "guy fawkes" => new DateOnly(year, 11, 5),
        "memorial day" => NthWeekday(year, 5, DayOfWeek.Monday, -1),
        "labor day" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
        "columbus day" => NthWeekday(year, 10, DayOfWeek.Monday, 2),
        "母亲节" => NthWeekday(year, 5, DayOfWeek.Sunday, 2),
        "父亲节" => NthWeekday(year, 6, DayOfWeek.Sunday, 3),
        "easter" or "holy week" => Easter(year),
        "清明" or "ching ming" or "qingming" or "tomb sweeping day" => new DateOnly(year, 4, 5),
        "立春" => new DateOnly(year, 2, 4),
        "惊蛰" => new DateOnly(year, 3, 6),
        "春分" => new DateOnly(year, 3, 21),
        "谷雨" => new DateOnly(year, 4, 20),
        "立夏" => new DateOnly(year, 5, 6),
        "芒种" => new DateOnly(year, 6, 6),
        "夏至" => new DateOnly(year, 6, 22),
        "立秋" => new DateOnly(year, 8, 8),
        "处暑" => new DateOnly(year, 8, 23),
        "白露" => new DateOnly(year, 9, 8),
        "秋分" => new DateOnly(year, 9, 23),
        "寒露" => new DateOnly(year, 10, 9),
        "霜降" => new DateOnly(year, 10, 24),
        "立冬" => new DateOnly(year, 11, 8),
        "冬至" => new DateOnly(year, 12, 22),
        "merdeka" or "merdeka day" => new DateOnly(year, 8, 31),
        "melbourne cup" or "melbourne cup day" => NthWeekday(year, 11, DayOfWeek.Tuesday, 1),
        "valentines" or "valentines day" => new DateOnly(year, 2, 14),
        "春节" or "过年" or "过完年" or "大年初一" or "chinese new year" or "cny" or "lunar new year" or "spring festival" => LunarDay(year, 1, 1),
        "元宵" => LunarDay(year, 1, 15),
        "端午" => LunarDay(year, 5, 5),
        "中秋" => LunarDay(year, 8, 15),
        "ramadan" or "ramzan" => HijriDay(year, 9, 1),
        "eid al fitr" or "eid ul fitr" => HijriDay(year, 10, 1),
        "eid al adha" or "eid ul adha" or "bakrid" => HijriDay(year, 12, 10),
        "diwali" or "deepavali" => Diwali.GetValueOrDefault(year) is { Year: > 1 } diwali ? diwali : null,
        _ => null,
    };

    /// <summary>The <paramref name="nth"/> <paramref name="weekday"/> of a month (−1: the last): Memorial Day, Thanksgiving, Mother's Day.</summary>
    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int nth)
    {
        if (nth < 0)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        return first.AddDays((((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (nth - 1)));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>The day of the Hijri (Umm al-Qura) calendar that falls in the Gregorian <paramref name="year"/>: Ramadan's first day, the two Eids.</summary>
    private static DateOnly? HijriDay(int year, int month, int day)
    {
        if (year < 1901 || year > 2076)
        {
            return null;
        }

        var first = Hijri.GetYear(new DateTime(year, 1, 1));
        for (var hijriYear = first; hijriYear <= first + 1; hijriYear++)
        {
            var date = DateOnly.FromDateTime(Hijri.ToDateTime(hijriYear, month, day, 0, 0, 0, 0));
            if (date.Year == year)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Diwali (Lakshmi Puja), reckoned on the Hindu calendar, which .NET does not have: its days from 2018 to 2030.</summary>
    private static readonly Dictionary<int, DateOnly> Diwali = new()
    {
        [2018] = new(2018, 11, 7), [2019] = new(2019, 10, 27), [2020] = new(2020, 11, 14), [2021] = new(2021, 11, 4),
        [2022] = new(2022, 10, 24), [2023] = new(2023, 11, 12), [2024] = new(2024, 11, 1), [2025] = new(2025, 10, 21),
        [2026] = new(2026, 11, 8), [2027] = new(2027, 10, 29), [2028] = new(2028, 10, 17), [2029] = new(2029, 11, 5),
        [2030] = new(2030, 10, 26),
    };

    /// <summary>A day of the Chinese calendar in the lunar year that begins in <paramref name="year"/> (a leap month counted in).</summary>
    private static DateOnly? LunarDay(int year, int month, int day)
    {
        if (year < 1901 || year > 2100)
        {
            return null;
        }

        var leap = Lunar.GetLeapMonth(year);
        var index = leap > 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static int Day(string part) => part switch
    {
        "early" or "beginning" or "start" or "初" or "上旬" or "头" => EarlyDay,
        "mid" or "middle" or "中" or "中旬" => MidDay,
        "first" or "1st" => WeekDays,
        "second" or "2nd" => 2 * WeekDays,
        "third" or "3rd" => 3 * WeekDays,
        _ => EndOfMonth,
    };

    private static int? EnglishYear(string relative, string year, DateOnly today) => relative switch
    {
        "last" when year.Length == 0 => null,
        "this" or "this year" => today.Year,
        _ when year.StartsWith('\'') => TwoDigitYear(year[1..], today),
        _ when year.Length == 4 => int.Parse(year, CultureInfo.InvariantCulture),
        _ when relative == "last year" => today.Year - 1,
        _ => null,
    };

    private static int? ChineseYear(string relative, string year, DateOnly today) => relative switch
    {
        "去年" => today.Year - 1,
        "前年" => today.Year - 2,
        "今年" => today.Year,
        _ when year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var full) => full,
        _ when year.Length == 2 => TwoDigitYear(year, today),
        _ => null,
    };

    private static int? TwoDigitYear(string digits, DateOnly today)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var two))
        {
            return null;
        }

        var year = (today.Year / 100 * 100) + two;
        return year > today.Year ? year - 100 : year;
    }

    private const string EnglishMonthName =
        "(?<month>january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)";

    private const string EnglishPartWord =
        @"(?:(?<part>early|mid|late)[\s-]*|(?:the\s+)?(?<part>beginning|start|middle|end)\s+of\s+(?:the\s+)?|(?:the\s+)?(?<part>first|1st|second|2nd|third|3rd)\s+week\s+(?:of|in)\s+(?:the\s+)?)";

    /// <summary>"mid nov", "early october", "late oct 2025", "the beginning of march", "end of june last year", "mid-sept '25".</summary>
    [GeneratedRegex(
        @"\b" + EnglishPartWord + EnglishMonthName + @"\b\.?(?:\s*,?\s*(?:of\s+)?(?<year>\d{4}|'\d{2})|\s+(?<rel>last year|this year))?(?!\s*,?\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\d))")]
    private static partial Regex EnglishPart();

    /// <summary>"early last month", "the middle of last month", "end of the month before last", "beginning of this month".</summary>
    [GeneratedRegex(@"\b" + EnglishPartWord + @"(?<rel>last month|the previous month|the month before last|this month)\b")]
    private static partial Regex EnglishRelativePart();

    /// <summary>十月中旬, 3月初, 去年十月底, 2025年10月上旬, 10月份中旬, 九月末.</summary>
    [GeneratedRegex(
        @"(?:(?<year>\d{4}|\d{2})\s*年|(?<rel>去年|前年|今年))?的?\s*(?<![\d零〇一二两三四五六七八九十])(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?的?\s*(?<part>上旬|中旬|下旬|初|中|底|末|头)")]
    private static partial Regex ChinesePart();

    /// <summary>上个月初, 上月中旬, 上上个月底, 这个月初, 本月中旬, 月初 (this month).</summary>
    /// <summary>上个月10号, 这个月3号, 上月十五日.</summary>
    [GeneratedRegex(@"(?<rel>上上个月|上上月|上个月|上月|这个月|本月|这月)的?\s*(?<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:号|日)")]
    private static partial Regex ChineseRelativeDay();

    /// <summary>"the 10th of last month", "10th of this month", "last month on the 10th".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<day>\d{1,2})\s*(?:st|nd|rd|th)?\s+of\s+(?<rel>last month|this month|the month before last)\b|\b(?<rel>last month|this month)\s+on\s+the\s+(?<day>\d{1,2})\s*(?:st|nd|rd|th)?\b")]
    private static partial Regex EnglishRelativeDay();

    [GeneratedRegex(@"(?<rel>上上个月|上上月|上个月|上月|这个月|本月|这月)的?(?<part>上旬|中旬|下旬|初|中|底|末)|(?<![\d零〇一二两三四五六七八九十份年个上本这])月(?<part>上旬|中旬|下旬|初|底|末)")]
    private static partial Regex ChineseRelativePart();

    /// <summary>去年国庆, 国庆节, 2024年春节, 今年元旦, 过年, 中秋节.</summary>
    [GeneratedRegex(@"(?:(?<year>\d{4}|\d{2})\s*年的?|(?<rel>去年|前年|今年)的?)?(?<holiday>" + MonthWords.ChineseHoliday + @")(?:节)?")]
    private static partial Regex ChineseHoliday();

    /// <summary>"since christmas", "last christmas", "new years day 2025", "thanksgiving last year", "chinese new year".</summary>
    [GeneratedRegex(@"(?:\b(?<rel>last|this)\s+)?\b(?<holiday>" + MonthWords.Holiday + @")\b(?:\s+(?:of\s+)?(?<year>\d{4}|'\d{2})|\s+(?<rel>last year|this year))?")]
    private static partial Regex EnglishHoliday();

    /// <summary>The day named by its place beside <paramref name="day"/>: the first such weekday after it or the last
    /// before it, or the day itself plus or less one.</summary>
    private static DateOnly Shifted(DateOnly day, Match beside)
    {
        var after = beside.Groups["dir"].Value == "after";
        if (!beside.Groups["weekday"].Success)
        {
            return day.AddDays(after ? 1 : -1);
        }

        var target = (DayOfWeek)((Array.FindIndex(WeekdayReader.EnglishDays, name => beside.Groups["weekday"].Value.StartsWith(name, StringComparison.Ordinal)) + 1) % 7);
        var ahead = ((int)target - (int)day.DayOfWeek + 7) % 7;
        var back = ((int)day.DayOfWeek - (int)target + 7) % 7;
        return after ? day.AddDays(ahead == 0 ? 7 : ahead) : day.AddDays(-(back == 0 ? 7 : back));
    }

    /// <summary>A day counted from the holiday that follows: "the monday after", "the Friday before", "the day after".</summary>
    [GeneratedRegex(@"\bthe\s+(?:(?<weekday>monday|mon|tuesday|tues|tue|wednesday|weds|wed|thursday|thurs|thu|friday|fri|saturday|sat|sunday|sun)|day)\s+(?<dir>after|before)\s+(?:the\s+)?$")]
    private static partial Regex DayBeside();

    [GeneratedRegex(@"\b(?:after|later than|sometime after)\s+(?:the\s+)?$")]
    private static partial Regex After();

    /// <summary>How many days after a day "right after" it can mean, at the latest.</summary>
    private const int NearAfterDays = 7;

    /// <summary>Just after a day: "right after", "just after", "shortly after", "the week after", "a few days after".</summary>
    [GeneratedRegex(@"\b(?:(?:right|just|shortly|soon|straight|immediately)\s+after|the\s+week\s+after|a\s+few\s+days\s+after|a\s+couple\s+(?:of\s+)?days\s+after)\s+(?:the\s+)?$")]
    private static partial Regex NearAfter();

    [GeneratedRegex(@"^\s*(?:以后|之后|后)(?!.*(?:到现在|至今|一直|就|开始))")]
    private static partial Regex Following();
}
