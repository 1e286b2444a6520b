using System.Text.RegularExpressions;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Doses;

/// <summary>
/// Finds how often a dose is taken, English and Chinese: "daily", "a day", "/day", "qd" (once a day); "twice a day", "x2 a day",
/// "bid", "3 times daily", 一天两次, 每日3次, 早晚各一次; "every other day", "alternate days", 隔天, 每两天; "every 3 days";
/// "weekly", "twice a week", 每周一次; "every 2 weeks", 隔周; "monthly", "once a month", "every 3 months", 每月一次,
/// 每三个月一次 (a depot injection's dose is spread over its interval). Overlapping finds keep the longest ("twice a day" over "a day").
/// A length of time is no frequency: "for a month", "a week ago", 吃了一个月.
/// </summary>
internal static partial class FrequencyReader
{
    private const string Count = @"(?:(?<n>once|twice|thrice|(?:\d+|one|two|three|four|five|six|seven|eight) ?(?:times|x))|x ?(?<n>\d+))";
    private const string ChineseCount = "(?<n>[0-9]+|[一两二三四五六七八])";

    // "For a month", "in a week", "a month ago": a length of time, not how often ("60mg pred for a month" is 60 mg a day);
    // in Chinese, 吃了一个月 and 一周 alone are lengths too: a week or a month is a frequency only with its count (一周两次).
    private const string NotALength = @"(?<!\b(?:for|in|over|after|within|than|about|around|almost|nearly|last|past|whole|entire|like|lasted|took it)\s+)";
    private const string NotAgo = @"(?!\s+(?:ago|later|back|or so|before|after|and a half))";

    private static readonly (Func<Regex> Pattern, Func<Match, DoseFrequency> Frequency)[] Patterns =
    [
        (EveryOtherDay, _ => new DoseFrequency(1, 2)),
        (NamedWeekdays, m => new DoseFrequency(Weekdays().Matches(m.Value).Select(day => day.Value[..2]).Distinct().Count(), 7)),
        (WeekdayLetters, _ => new DoseFrequency(3, 7)),
        (EveryNMonths, m => new DoseFrequency(1, N(m, 1) * Duration.DaysPerMonth)),
        (TimesAMonth, m => new DoseFrequency(N(m, 1), Duration.DaysPerMonth)),
        (Monthly, _ => new DoseFrequency(1, Duration.DaysPerMonth)),
        (EveryNWeeks, m => new DoseFrequency(1, N(m, 1) * Duration.DaysPerWeek)),
        (EveryOtherWeek, _ => new DoseFrequency(1, 2 * Duration.DaysPerWeek)),
        (EveryNDays, m => new DoseFrequency(1, N(m, 1))),
        (TimesAWeek, m => new DoseFrequency(N(m, 1), 7)),
        (Weekly, _ => new DoseFrequency(1, 7)),
        (TimesADay, m => new DoseFrequency(N(m, 1), 1)),
        (LatinTimesADay, m => new DoseFrequency(m.Groups["bid"].Success ? 2 : m.Groups["tid"].Success ? 3 : 4, 1)),
        (Daily, _ => DoseFrequency.OnceDaily),
        (ChineseEveryOtherDay, _ => new DoseFrequency(1, 2)),
        (ChineseEveryNMonths, m => new DoseFrequency(1, N(m, 1) * Duration.DaysPerMonth)),
        (ChineseMonthly, m => new DoseFrequency(N(m, 1), Duration.DaysPerMonth)),
        (ChineseEveryNWeeks, m => new DoseFrequency(1, (m.Groups["n"].Success ? N(m, 1) : 2) * Duration.DaysPerWeek)),
        (ChineseEveryNDays, m => new DoseFrequency(1, N(m, 1))),
        (ChineseWeekly, m => new DoseFrequency(N(m, 1), 7)),
        (ChineseDaily, m => new DoseFrequency(N(m, 1), 1)),
        (ChineseMorningAndEvening, _ => new DoseFrequency(2, 1)),
    ];

    /// <summary>Every frequency in <paramref name="prepared"/>, in text order, without overlaps.</summary>
    public static IReadOnlyList<DoseFrequencyMention> FindAll(string prepared)
    {
        var found = Patterns
            .SelectMany(p => p.Pattern().Matches(prepared).Select(m => (Match: m, Frequency: p.Frequency(m))))
            .Where(f => f.Frequency.Intakes > 0 && f.Frequency.IntervalDays > 0)
            .OrderByDescending(f => f.Match.Length)
            .ThenBy(f => f.Match.Index);
        var kept = new List<DoseFrequencyMention>();
        foreach (var (match, frequency) in found)
        {
            var end = match.Index + match.Length;
            if (!kept.Any(k => k.Start < end && match.Index < k.End))
            {
                kept.Add(new DoseFrequencyMention(match.Index, end, frequency));
            }
        }

        return kept.OrderBy(k => k.Start).ToList();
    }

    private static double N(Match match, double fallback) =>
        SmallNumbers.Parse(Regex.Replace(match.Groups["n"].Value, @"\s*(?:times|x)$", string.Empty), fallback);

    private const string Weekday = @"(?:mon(?:day)?s?|tue(?:s(?:day)?)?s?|wed(?:nesday)?s?|weds|thu(?:rs(?:day)?)?s?|fri(?:day)?s?|sat(?:urday)?s?|sun(?:day)?s?)";

    /// <summary>The days of the week a dose is taken on, two or more named: "on Monday, Wednesday and Friday",
    /// "Mon/Wed/Fri", "tuesdays and saturdays": that many intakes a week.</summary>
    [GeneratedRegex(@"\b" + Weekday + @"(?:\s*(?:,|/|&|\+|and|,\s*and)\s*" + Weekday + @"){1,5}\b")]
    private static partial Regex NamedWeekdays();

    [GeneratedRegex(@"\b(?:mo|tu|we|th|fr|sa|su)", RegexOptions.IgnoreCase)]
    private static partial Regex Weekdays();

    /// <summary>"MWF", "M/W/F": Monday, Wednesday and Friday.</summary>
    [GeneratedRegex(@"\b(?:mwf|m/w/f|m-w-f)\b")]
    private static partial Regex WeekdayLetters();

    [GeneratedRegex(@"\b(?:every other day|every second day|every 2nd day|(?:on )?alternate days|every alternate day|qod|eod)\b")]
    private static partial Regex EveryOtherDay();

    [GeneratedRegex(@"\bevery (?<n>\d+|two|three|four|five|six) months\b")]
    private static partial Regex EveryNMonths();

    [GeneratedRegex(@"\b" + Count + @"\s*(?:a|per|each|every|/)?\s*month\b")]
    private static partial Regex TimesAMonth();

    [GeneratedRegex(@"\b(?:monthly|every month|once monthly|" + NotALength + @"(?:a|per|each) month" + NotAgo + @"|q\s?month)\b|/ ?month\b")]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\bevery (?<n>\d+|two|three|four|five|six) weeks\b")]
    private static partial Regex EveryNWeeks();

    [GeneratedRegex(@"\b(?:every other week|every second week|biweekly|fortnightly|every fortnight)\b")]
    private static partial Regex EveryOtherWeek();

    [GeneratedRegex(@"\bevery (?<n>\d+|two|three|four|five|six|seven) days\b")]
    private static partial Regex EveryNDays();

    [GeneratedRegex(@"\b" + Count + @"\s*(?:a|per|each|every|/)?\s*(?:week|wk|weekly)\b")]
    private static partial Regex TimesAWeek();

    [GeneratedRegex(@"\b(?:weekly|every week|once weekly|" + NotALength + @"(?:a|per|each) week" + NotAgo + @")\b|/ ?(?:week|wk)\b")]
    private static partial Regex Weekly();

    [GeneratedRegex(@"\b" + Count + @"\s*(?:a|per|each|every|/)?\s*(?:day|daily|d)\b")]
    private static partial Regex TimesADay();

    [GeneratedRegex(@"\b(?:(?<bid>bid|b\.i\.d)|(?<tid>tid|t\.i\.d)|(?<qid>qid|q\.i\.d))\b\.?")]
    private static partial Regex LatinTimesADay();

    [GeneratedRegex(@"\b(?:daily|every ?day|each day|" + NotALength + @"(?:a|per) day" + NotAgo + @"|qd|q\.d|nightly|every (?:morning|evening|night))\b|/ ?(?:day|d)\b")]
    private static partial Regex Daily();

    [GeneratedRegex("隔天|隔日|隔一天|每隔一天|每两天(?:一次)?|每2天(?:一次)?|两天一次|2天一次")]
    private static partial Regex ChineseEveryOtherDay();

    [GeneratedRegex("每(?:隔)?" + ChineseCount + "个月(?:一次|1次)?|" + ChineseCount + "个月一次")]
    private static partial Regex ChineseEveryNMonths();

    [GeneratedRegex("每个?月(?:" + ChineseCount + "次)?|一个月" + ChineseCount + "次")]
    private static partial Regex ChineseMonthly();

    [GeneratedRegex("每(?:隔)?" + ChineseCount + "(?:周|个星期|个礼拜)(?:一次|1次)?|隔周")]
    private static partial Regex ChineseEveryNWeeks();

    [GeneratedRegex("每" + ChineseCount + "天(?:一次|1次)?|" + ChineseCount + "天一次")]
    private static partial Regex ChineseEveryNDays();

    [GeneratedRegex("(?:每周|每星期|每礼拜|每个星期)(?:" + ChineseCount + "次)?|(?:一周|一星期|一个星期)" + ChineseCount + "次")]
    private static partial Regex ChineseWeekly();

    [GeneratedRegex("(?:每天|每日|一天|一日|天天|每早|每晚)(?:" + ChineseCount + "次)?|" + ChineseCount + "次\\s*/\\s*(?:天|日)|/\\s*(?:天|日)")]
    private static partial Regex ChineseDaily();

    [GeneratedRegex("早晚各")]
    private static partial Regex ChineseMorningAndEvening();
}
