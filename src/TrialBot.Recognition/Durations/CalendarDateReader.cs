using System.Globalization;
using System.Text.RegularExpressions;
using TrialBot.Recognition.Numbers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Reads dates without a day with own rules, English and Chinese, each measured from its LAST day (the latest the event
/// can have happened): a month ("March 2021", "mar 2021", "3/2021", "since june", "last march", 2019年3月, 去年三月,
/// 9月份, 今年三月), a season ("in the spring of 2019", "since spring 2021", "last summer", 2019年春天, 去年秋天: spring is
/// March–May, summer June–August, autumn September–November, winter December–February), a year ("since 2019", 2015年,
/// 18年确诊), and the periods before this one ("last year", "last month", "last week", 去年, 前年, 上个月, 上周).
/// </summary>
/// <remarks>
/// A month or season without a year is its latest occurrence that has begun. A period not over yet ("this year",
/// "since November" on 24 November, 今年, 本月, "this spring") gives no elapsed time but the problem
/// <see cref="RecognitionProblem.ThisYear"/> or <see cref="RecognitionProblem.ThisMonth"/>: the bot asks which month, or
/// how many weeks. A month followed by a day ("March 15, 2021", 3月15号) is left to the date-time model.
/// </remarks>
internal static partial class CalendarDateReader
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The dates in <paramref name="prepared"/>, measured up to <paramref name="today"/>.</summary>
    public static List<TimeMention> FindAll(string prepared, DateOnly today)
    {
        var found = new List<TimeMention>();
        Add(found, prepared, FullDate(), _ => (null, null));
        Add(found, prepared, EnglishMonth(), m => Month(EnglishMonthNumber(m.Groups["month"].Value), EnglishYear(m.Groups["year"].Value, today) ?? YearBefore(m.Groups["rel"].Value, today), today), YearNotSaid);
        Add(found, prepared, NumericMonth(), m => Month(Int(m.Groups["month"].Value), Int(m.Groups["year"].Value), today));
        Add(found, prepared, ChineseMonth(), m => Month(ChineseInt(m.Groups["month"].Value), ChineseYear(m, today), today), YearNotSaid);
        var months = found.Where(f => f.Elapsed is not null).ToList();
        var seasonsFrom = found.Count;
        Add(found, prepared, EnglishSeason(), m => Season(m.Groups["season"].Value, EnglishYear(m.Groups["year"].Value, today) ?? Relative(m.Groups["rel"].Value, today), today, m.Groups["rel"].Value == "last"), YearNotSaid);
        Add(found, prepared, ChineseSeason(), m => Season(m.Groups["season"].Value, ChineseYear(m, today), today), YearNotSaid);
        NarrowSeasons(found, seasonsFrom, found.Count, months, today);
        Add(found, prepared, RelativePeriod(), m => Period(m.Groups["period"].Value, today));
        Add(found, prepared, EnglishYearAlone(), m => Year(Int(m.Groups["year"].Value), today));
        Add(found, prepared, ChineseYearAlone(), m => Year(ChineseYear(m, today), today));
        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>
    /// A season with one of its months said beside it ("since the summer, maybe july", "in the spring, March I think",
    /// 去年夏天，7月份吧; "那年秋天，2022年10月左右", where the season's year is the month's) is that month: the season's
    /// mention (from <paramref name="from"/> to <paramref name="to"/> in <paramref name="found"/>) keeps its place, so that
    /// nothing else is read in it, but gives no time.
    /// </summary>
    private static void NarrowSeasons(List<TimeMention> found, int from, int to, List<TimeMention> months, DateOnly today)
    {
        const double SeasonDays = 92;
        const int Beside = 40;
        for (var i = from; i < to; i++)
        {
            var season = found[i];
            var beside = months.Where(month => Math.Abs(month.Start - season.Start) < Beside).ToList();
            if (season.Elapsed is { } elapsed && beside.Any(month => month.Elapsed is { } inIt && inIt.Days - elapsed.Days is >= 0 and < SeasonDays))
            {
                found[i] = season with { Elapsed = null, GivenByAnother = true };
            }
            else if (season.YearNotSaid && LastMonthOf(season, today) is { } last
                && beside.Any(month => !month.YearNotSaid && month.Elapsed is { } inIt && InSeasonEndingIn(today.AddDays(-(int)Math.Round(inIt.Days)).Month, last)))
            {
                found[i] = season with { Elapsed = null, Problem = null, GivenByAnother = true };
            }
            else if (!season.YearNotSaid && season.Elapsed is { } seasonElapsed && LastMonthOf(season, today) is { } seasonLast
                && beside.FirstOrDefault(month => month.YearNotSaid && month.Start > season.Start && month.Elapsed is { } inIt && InSeasonEndingIn(today.AddDays(-(int)Math.Round(inIt.Days)).Month, seasonLast)) is { Elapsed: { } monthElapsed } yearless
                && found.IndexOf(yearless) is >= 0 and var at)
            {
                // 去年暑假，7月份确诊的: the month of a season said with its year is of that year.
                var seasonEnd = today.AddDays(-(int)Math.Round(seasonElapsed.Days));
                var monthNumber = today.AddDays(-(int)Math.Round(monthElapsed.Days)).Month;
                if (Month(monthNumber, seasonEnd.Year - (monthNumber > seasonEnd.Month ? 1 : 0), today) is { } reread)
                {
                    found[at] = yearless with { Elapsed = reread.Elapsed, Problem = reread.Problem, YearNotSaid = false };
                    found[i] = season with { Elapsed = null, Problem = null, GivenByAnother = true };
                }
            }
        }
    }

    /// <summary>The last month of a season said without its year, whichever year it was read in.</summary>
    private static int? LastMonthOf(TimeMention season, DateOnly today) =>
        season.Elapsed is { } elapsed ? today.AddDays(-(int)Math.Round(elapsed.Days)).Month : null;

    /// <summary>True when <paramref name="month"/> is one of the three months of the season that ends in <paramref name="last"/>.</summary>
    private static bool InSeasonEndingIn(int month, int last) => ((last - month + 12) % 12) is >= 0 and < 3;

    /// <summary>True when <paramref name="prepared"/> holds a date with its day, which the date-time model reads.</summary>
    public static bool HasFullDate(string prepared) => FullDate().IsMatch(prepared);

    /// <summary>True when a month's or season's match names no year ("since july", 7月份, "the summer").</summary>
    private static bool YearNotSaid(Match match) => !match.Groups["year"].Success && !match.Groups["rel"].Success;

    private static void Add(List<TimeMention> found, string prepared, Regex pattern, Func<Match, (Duration? Elapsed, string? Problem)?> read, Func<Match, bool>? yearNotSaid = null)
    {
        foreach (Match match in pattern.Matches(prepared))
        {
            var end = match.Index + match.Length;
            if (found.Any(f => f.Overlaps(match.Index, end)) || read(match) is not { } reading)
            {
                continue;
            }

            // "after 2020", 2020年以后 bound the time from above only; "before 2020", 2020年以前 from below, and the
            // period is then measured from the day before it began, which this reader does not keep: both are left
            // to the date-time model's own reading ("before 2020" → 2019-12-31) or asked.
            if (After().IsMatch(prepared[..match.Index]) || AfterFollowing().IsMatch(prepared[end..]))
            {
                reading = (null, RecognitionProblem.Ambiguous);
            }
            else if (Before().IsMatch(prepared[..match.Index]) || BeforeFollowing().IsMatch(prepared[end..]))
            {
                found.Add(new TimeMention(match.Index, end, null, null));
                continue;
            }

            found.Add(new TimeMention(match.Index, end, reading.Elapsed, reading.Problem, yearNotSaid?.Invoke(match) ?? false));
        }
    }

    /// <summary>True when <paramref name="prepared"/> holds a date with "before" (read by the date-time model).</summary>
    public static bool HasDateBefore(string prepared, DateOnly today) =>
        FindAll(prepared, today).Any(m => m.Elapsed is null && m.Problem is null && !m.GivenByAnother);

    [GeneratedRegex(@"\b(?:after|later than|sometime after)\s+(?:the\s+)?(?:end\s+of\s+)?$")]
    private static partial Regex After();

    /// <summary>以后 after a date, not when what follows says it lasted from then (五月份以后就一直三片, 2020年以后一直在吃: since).</summary>
    [GeneratedRegex(@"^\s*(?:以后|之后|后)(?!.*(?:到现在|至今|一直|就|开始))")]
    private static partial Regex AfterFollowing();

    [GeneratedRegex(@"\b(?:before|prior to|earlier than)\s+(?:the\s+)?$")]
    private static partial Regex Before();

    [GeneratedRegex(@"^\s*(?:以前|之前|前)")]
    private static partial Regex BeforeFollowing();

    private static (Duration? Elapsed, string? Problem)? Month(int? month, int? year, DateOnly today)
    {
        if (month is not (>= 1 and <= 12) || year is < 1900)
        {
            return null;
        }

        if (year > today.Year)
        {
            return (null, RecognitionProblem.OutOfRange);
        }

        var first = new DateOnly(year ?? today.Year, month.Value, 1);
        if (year is null && first > today)
        {
            first = first.AddYears(-1);
        }

        return Since(first, first.AddMonths(1).AddDays(-1), today, RecognitionProblem.ThisMonth);
    }

    private static (Duration? Elapsed, string? Problem)? Season(string season, int? year, DateOnly today, bool lastOne = false)
    {
        var firstMonth = season switch
        {
            "spring" or "春" => 3,
            "summer" or "夏" or "暑" => 6,
            "fall" or "autumn" or "秋" => 9,
            "winter" or "冬" => 12,
            _ => 0,
        };
        if (firstMonth == 0 || year is < 1900)
        {
            return null;
        }

        if (year > today.Year)
        {
            return (null, RecognitionProblem.OutOfRange);
        }

        var first = new DateOnly(year ?? today.Year, firstMonth, 1);
        if (year is null && (first > today || (lastOne && first.AddMonths(3) > today)))
        {
            first = first.AddYears(-1);
        }

        if (year is null && lastOne && first.AddMonths(4) > today)
        {
            // "since last fall" said in December: the autumn that ended days ago, or the one a year before it (as many
            // mean); which one is asked, never taken as the nearer. A season over for longer ("last summer" in late
            // November) is the one just past.
            return (null, RecognitionProblem.Ambiguous);
        }

        return Since(first, first.AddMonths(3).AddDays(-1), today, RecognitionProblem.ThisYear);
    }

    private static (Duration? Elapsed, string? Problem)? Year(int? year, DateOnly today) =>
        year is >= 1900 and <= 9999 ? Since(new DateOnly(year.Value, 1, 1), new DateOnly(year.Value, 12, 31), today, RecognitionProblem.ThisYear) : null;

    private static (Duration? Elapsed, string? Problem)? Period(string period, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return period switch
        {
            "last year" or "去年" => Since(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31), today, null),
            "the year before last" or "前年" => Since(new DateOnly(today.Year - 2, 1, 1), new DateOnly(today.Year - 2, 12, 31), today, null),
            "the month before last" or "上上个月" or "上上月" => Since(today.AddMonths(-2), new DateOnly(today.Year, today.Month, 1).AddMonths(-1).AddDays(-1), today, null),
            "last month" or "上个月" or "上月" => Since(today.AddMonths(-1), new DateOnly(today.Year, today.Month, 1).AddDays(-1), today, null),
            "last week" or "上周" or "上个星期" or "上星期" or "上个礼拜" or "上礼拜" => Since(monday.AddDays(-7), monday.AddDays(-1), today, null),
            "this year" or "今年" or "本年" => (null, RecognitionProblem.ThisYear),
            _ => (null, RecognitionProblem.ThisMonth),
        };
    }

    /// <summary>The time since the last day of a period, or <paramref name="notOver"/> while it lasts; out of range in the future.</summary>
    private static (Duration? Elapsed, string? Problem) Since(DateOnly first, DateOnly last, DateOnly today, string? notOver) =>
        first > today ? (null, RecognitionProblem.OutOfRange)
        : last >= today ? (null, notOver ?? RecognitionProblem.ThisMonth)
        : (Duration.Between(last, today), null);

    private static int? EnglishMonthNumber(string name) =>
        name.Length >= 3 && Array.IndexOf(MonthNames, name[..3]) is var index and >= 0 ? index + 1 : null;

    private static int? EnglishYear(string year, DateOnly today) => year switch
    {
        "" => null,
        _ when year.StartsWith('\'') => TwoDigitYear(Int(year[1..]) ?? -1, today),
        _ => Int(year),
    };

    /// <summary>The year "last year", "this year" or "the year before last" (去年, 今年, 前年) names.</summary>
    private static int? YearBefore(string relative, DateOnly today) => relative.ToLowerInvariant() switch
    {
        "last year" or "去年" => today.Year - 1,
        "this year" or "今年" or "本年" => today.Year,
        "the year before last" or "前年" => today.Year - 2,
        _ => null,
    };

    private static int? Relative(string relative, DateOnly today) => relative switch
    {
        "last" => null,
        "this" => today.Year,
        _ => null,
    };

    private static int? ChineseYear(Match match, DateOnly today)
    {
        if (match.Groups["rel"].Success)
        {
            return YearBefore(match.Groups["rel"].Value, today) ?? today.Year;
        }

        if (!match.Groups["year"].Success || !SpokenNumber.TryParse(match.Groups["year"].Value, out var year))
        {
            return null;
        }

        return match.Groups["year"].Value.Length == 2 ? TwoDigitYear((int)year, today) : (int)year;
    }

    /// <summary>
    /// The text with each year shortened by an apostrophe ("in '98", "spring of ’21") written in full (1998, 2021),
    /// before the apostrophe is folded away and the figure left bare; and a year named by its distance from this one before
    /// or after a day of a month (去年8月15号, 前年三月二号, "15 august last year", "last year on the 15th of august")
    /// written as that year, which the date-time model would otherwise leave out (and read the day as this year's).
    /// </summary>
    /// <param name="text">The answer, normalised.</param>
    /// <param name="today">The person's today: a shortened year is the latest such year not after it.</param>
    /// <returns>The text with the years in full.</returns>
    public static string WithShortYearsInFull(string text, DateOnly today) =>
        WithRelativeYearsInFull(SpokenYear().Replace(
            ShortYear().Replace(WithDottedDatesWritten(text, today), m => TwoDigitYear(Int(m.Groups["short"].Value) ?? -1, today)?.ToString(CultureInfo.InvariantCulture) ?? m.Value),
            m => SpokenYearValue(m) is { } year ? year.ToString(CultureInfo.InvariantCulture) : m.Value), today);

    /// <summary>
    /// A date written with a dot in a Chinese answer, written out: "10.15减到10mg的" (10月15日), "11.1开始", "10.20到11.8",
    /// and a shortened year with its month, "24.12开始吃的" (2024年12月). Only in an answer in Chinese, where the month
    /// comes first, and only before words that say something began or changed then (开始, 以后, 减, 确诊 …) or as a range's
    /// end: a dose ("减到7.5", "一直12.5没变") is no date.
    /// </summary>
    private static string WithDottedDatesWritten(string text, DateOnly today) =>
        !text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? text : DottedDate().Replace(text, m =>
        {
            var first = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            return first is >= 1 and <= 12 && second is >= 1 and <= 31 ? $"{first}月{second}日"
                : first > 12 && second is >= 1 and <= 12 && TwoDigitYear(first, today) is { } year ? $"{year}年{second}月"
                : m.Value;
        });

    [GeneratedRegex(@"(?<![\d.]|(?:到|成|是|吃|剂量|从|降|减|加|为)\s*)(?<a>\d{1,2})\.(?<b>\d{1,2})(?![\d.])(?=\s*(?:开始|以后|之后|后(?!面)|起|减|加|降|调|改|换|那天|确诊|诊断|住院|出院|(?:到|至|-|~|～|—)\s*\d))|(?<=\d月\d{1,2}日\s*(?:到|至|-|~|～|—)\s*)(?<a>\d{1,2})\.(?<b>\d{1,2})(?![\d.])")]
    private static partial Regex DottedDate();

    private static int? SpokenYearValue(Match spoken)
    {
        var century = spoken.Groups["nineteen"].Success ? 1900 : 2000;
        if (!spoken.Groups["tail"].Success)
        {
            return century;
        }

        var tail = OhBeforeDigit().Replace(spoken.Groups["tail"].Value.ToLowerInvariant(), string.Empty).Replace('-', ' ');
        return SpokenNumber.TryParse(tail, out var value) && value is >= 0 and < 100 ? century + (int)value : null;
    }

    [GeneratedRegex(@"^oh[\s-]+")]
    private static partial Regex OhBeforeDigit();

    /// <summary>
    /// A year said in words: "twenty nineteen", "twenty twenty-four", "two thousand and twenty", "nineteen ninety-eight",
    /// "twenty oh five" (the date-time model reads none of them as a year); "twenty nine" is a number.
    /// </summary>
    [GeneratedRegex(@"(?i)\b(?:twenty\s+(?<tail>oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)|two\s+thousand(?:\s+and)?(?:\s+(?<tail>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?))?(?!\s+(?:mg|milligrams?|units?|grams?)\b)|(?<nineteen>nineteen)\s+(?<tail>(?:fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)))\b")]
    private static partial Regex SpokenYear();

    /// <summary>
    /// The text with a year named by its distance from this one before or after a day of a month (去年8月15号, "15 august
    /// last year") written as that year; also for a day a range's end was rewritten to (去年七八月 → 去年七月1日).
    /// </summary>
    /// <param name="text">The answer, normalised or prepared.</param>
    /// <param name="today">The person's today.</param>
    /// <returns>The text with those years written.</returns>
    public static string WithRelativeYearsInFull(string text, DateOnly today)
    {
        var full = ChineseYearBeforeDay().Replace(text, m => NamedYear(m, today) + "年");
        full = EnglishYearAfterDay().Replace(full, m => m.Groups["day"].Value + " " + NamedYear(m, today));
        return EnglishYearBeforeDay().Replace(full, m => m.Groups["day"].Value + " " + NamedYear(m, today));
    }

    private static string NamedYear(Match match, DateOnly today) =>
        (YearBefore(match.Groups["rel"].Value, today) ?? today.Year).ToString(CultureInfo.InvariantCulture);

    /// <summary>去年8月15号, 前年的三月二日, 今年10月1日: a year named by its distance before a day of a month.</summary>
    [GeneratedRegex(@"(?<rel>去年|前年|今年)(?=\s*的?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:份\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号))")]
    private static partial Regex ChineseYearBeforeDay();

    /// <summary>"15 august last year", "august 15th, last year": a day of a month, then the year named by its distance.</summary>
    [GeneratedRegex(@"(?i)(?<day>\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @"|\b" + MonthName + @"\s+\d{1,2}(?:st|nd|rd|th)?)\s*,?\s*(?<rel>last year|the year before last)\b")]
    private static partial Regex EnglishYearAfterDay();

    /// <summary>"last year on 15 august", "last year, on the 15th of august": the year named by its distance, then a day of a month.</summary>
    [GeneratedRegex(@"(?i)\b(?<rel>last year|the year before last)\s*,?\s*(?:on\s+|in\s+)?(?:the\s+)?(?<day>\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @"|" + MonthName + @"\s+\d{1,2}(?:st|nd|rd|th)?)\b")]
    private static partial Regex EnglishYearBeforeDay();

    [GeneratedRegex(@"(?<=^|\s|\()['’‘`´](?<short>\d{2})\b(?![./:-]\d)")]
    private static partial Regex ShortYear();

    private static int? TwoDigitYear(int twoDigits, DateOnly today)
    {
        if (twoDigits is < 0 or > 99)
        {
            return null;
        }

        var year = (today.Year / 100 * 100) + twoDigits;
        return year > today.Year ? year - 100 : year;
    }

    private static int? Int(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int? ChineseInt(string text) => SpokenNumber.TryParse(text, out var value) && value == Math.Floor(value) ? (int)value : null;

    private const string MonthName =
        @"(?<month>january|jan|february|feb|march|mar|april|apr|june|jun|july|jul|august|aug|september|sept|sep|october|oct|" +
        @"november|nov|december|dec|(?<=\b(?:in|since|from|last|early|late|mid|of)\s+)may|may(?=\s*,?\s*(?:of\s+)?\d{4}))";

    /// <summary>
    /// "March 2021", "mar 2021", "since june", "last march", "march of 2021", "in March '21", "october last year"; not "March
    /// 15", nor a month of a year not said ("october of freshman year").
    /// </summary>
    [GeneratedRegex(
        @"(?<!\d(?:st|nd|rd|th)?\s*(?:of\s+)?)\b" + MonthName + @"\b\.?(?:\s*,?\s*(?:of\s+)?(?:(?<year>\d{4}(?![\d/-])|'\d{2})|(?<rel>last year|this year|the year before last)\b)|" +
        @"(?!\s*,?\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\d)))(?!\s+of\s+(?:[a-z]+\s+){0,2}year\b)")]
    private static partial Regex EnglishMonth();

    /// <summary>"3/2021", "2021-03", "2021/3" (no day).</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?:(?<month>\d{1,2})\s*/\s*(?<year>\d{4})|(?<year>\d{4})\s*[-/.]\s*(?<month>\d{1,2}))(?![\d/-]|\.\d)")]
    private static partial Regex NumericMonth();

    /// <summary>2019年3月, 去年三月, 今年3月份, 9月份, 19年8月; not 3月15号.</summary>
    [GeneratedRegex(
        @"(?:(?<year>\d{4}|\d{2}|[零〇一二三四五六七八九]{2,4})\s*年|(?<rel>去年|前年|今年|本年))?的?\s*(?<![\d零〇一二两三四五六七八九十])" +
        @"(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:份)?(?!\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号))")]
    private static partial Regex ChineseMonth();

    /// <summary>"in the spring of 2019", "since spring 2021", "2019 spring", "last summer", "since the fall".</summary>
    [GeneratedRegex(@"(?:\b(?<year>\d{4})\s+|\b(?<rel>last|this)\s+)?\b(?<season>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?<year>\d{4}|'\d{2}))?")]
    private static partial Regex EnglishSeason();

    /// <summary>2019年春天, 去年秋天, 2021年春, 春天, 开春 (early spring, of the spring).</summary>
    [GeneratedRegex(
        @"(?:(?<year>\d{4}|\d{2})\s*年的?|(?<rel>去年|前年|今年)的?)(?:(?<season>春|夏|秋|冬)(?:天|季)?|(?<season>暑)假|开(?<season>春))|(?<season>春|夏|秋|冬)(?:天|季)(?!节)|开(?<season>春)")]
    private static partial Regex ChineseSeason();

    [GeneratedRegex(@"\b(?<period>last year|the year before last|the month before last|last month|last week|this year|this month|this week)\b|(?<period>去年|前年|今年|本年|上上个月|上上月|上个月|上月|上周|上个星期|上星期|上个礼拜|上礼拜|本月|这个月|这月|本周|这周|这个星期|这星期|这礼拜|这个礼拜)")]
    private static partial Regex RelativePeriod();

    /// <summary>A date with its day: "March 15, 2021", "15 march 2021", "oct 15", "3/15/2021", "2021-03-15", 2021年3月15号, 3月15日.</summary>
    [GeneratedRegex(
        @"\b" + MonthName + @"\.?\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|\b\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?" + MonthName + @"\b|" +
        @"\b\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}\b|" +
        @"(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:日|号)")]
    private static partial Regex FullDate();

    /// <summary>"since 2019", "in 2018", "2015".</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?<year>19\d{2}|20\d{2})(?![\d/-]|\.\d)")]
    private static partial Regex EnglishYearAlone();

    /// <summary>2015年, 18年确诊, 一九九八年, 二〇一九年 (a two-digit year only before what a year is followed by).</summary>
    [GeneratedRegex(
        @"(?<![\d零〇一二两三四五六七八九十])(?:(?<year>\d{4}|[零〇一二三四五六七八九]{4})\s*年|(?<year>\d{2})\s*年(?=确诊|诊断|开始|就|底|初|中|年底|发病|得|查出|出生|生|那|的时候|春|夏|秋|冬))")]
    private static partial Regex ChineseYearAlone();
}
