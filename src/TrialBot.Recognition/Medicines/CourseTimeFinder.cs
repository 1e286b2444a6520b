using System.Text.RegularExpressions;
using TrialBot.Recognition.Durations;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Medicines;

/// <summary>
/// Finds the times an answer about medicines says of their courses, with the existing readers of lengths and dates
/// (<see cref="SpokenLengthReader"/>, <see cref="CalendarDateReader"/>, <see cref="PointInMonthReader"/>), and tells what
/// each measures from the words around it in its clause: a length ("for 2 weeks", "after a month", 吃了两周), a time
/// ago ("3 years ago", "in 2019", "2019-2021", "stopped for 2 years", "until last year", 停了两年, 两年没吃了) or a start ("started
/// last month", "since 2019", 从去年开始).
/// </summary>
/// <remarks>
/// It is conservative: a frequency ("twice a day", "every 2 weeks", "200 a day", 一天两次, 两周一次) or an amount ("2000 mg")
/// is no time; "a day", "a month" is a length only after "for", "about" and the like; a vague amount is the least it can
/// mean ("a few days", "several weeks", 几天 are 2 of the unit; "years ago", 几年前 are 2 years ago), and "a while", "not
/// long" are nothing; "less than" or "almost" N is a day less than N; a time in a clause about the diagnosis ("diagnosed
/// in 2019", 确诊三年) is not the medicine's.
/// </remarks>
internal static partial class CourseTimeFinder
{
    private const double VagueCount = 2;
    private const double LessThanDays = 1;

    /// <summary>The course times in <paramref name="text"/> (a prepared answer with ranges narrowed), in text order.</summary>
    /// <param name="text">The answer.</param>
    /// <param name="blanked">The answer with every medicine name replaced by '#' characters (same length).</param>
    /// <param name="clauses">The clauses of the answer.</param>
    /// <param name="today">The person's today.</param>
    public static List<CourseTime> FindAll(string text, string blanked, IReadOnlyList<(int Start, int End)> clauses, DateOnly today)
    {
        // A full stop after a number ends the sentence ("stopped 2021."): read without it, in the same place.
        var readable = StopAfterNumber().Replace(text, " ");
        var points = YearRanges(readable, today).Concat(PointInMonthReader.FindAll(readable, today)).ToList();
        var moments = points.Concat(CalendarDateReader.FindAll(readable, today).Where(d => !points.Any(p => p.Overlaps(d.Start, d.End)))).ToList();
        var lengths = SpokenLengthReader.FindAll(readable, today).Where(l => !moments.Any(m => m.Overlaps(l.Start, l.End))).ToList();
        var vague = Vague(readable).Where(v => !moments.Concat(lengths).Any(m => m.Overlaps(v.Start, v.End))).ToList();

        var found = new List<CourseTime>();
        foreach (var (mention, isMoment) in moments.Select(m => (m, true)).Concat(lengths.Concat(vague).Select(m => (m, false))))
        {
            if (mention.Elapsed is not { } value || blanked[mention.Start..mention.End].Contains('#', StringComparison.Ordinal))
            {
                continue;
            }

            var clause = Clauses.IndexOf(clauses, mention.Start);
            var (clauseStart, clauseEnd) = clause < 0 ? (0, text.Length) : clauses[clause];
            var before = blanked[clauseStart..mention.Start];
            var after = blanked[mention.End..Math.Max(mention.End, clauseEnd)];
            var said = text[mention.Start..mention.End];
            var clauseText = blanked[clauseStart..Math.Max(mention.End, clauseEnd)];
            if (AboutAnotherEvent().IsMatch(clauseText)
                || OnAndOffCues.SaysOnAndOff(clauseText)
                || ChineseFrequencyAfter().IsMatch(after)
                || (isMoment ? AmountAfter().IsMatch(after) : IsFrequency(said, before, after)))
            {
                continue;
            }

            var kind = Kind(isMoment, said, before, after);
            if (kind == CourseTimeKind.Length && ShortOfBefore().IsMatch(before))
            {
                value = Duration.FromDays(Math.Max(0, value.Days - LessThanDays));
            }

            found.Add(new CourseTime(mention.Start, mention.End, value, kind));
        }

        return found.OrderBy(time => time.Start).ToList();
    }

    private static CourseTimeKind Kind(bool isMoment, string said, string before, string after)
    {
        if (StopBefore().IsMatch(before) || (isMoment && UntilBefore().IsMatch(before)) || NotTakenAfter().IsMatch(after))
        {
            return CourseTimeKind.Ago;
        }

        if (StartBefore().IsMatch(before) || StartAfter().IsMatch(after))
        {
            return CourseTimeKind.Started;
        }

        if (isMoment || AgoAtEnd().IsMatch(said) || AgoAfter().IsMatch(after))
        {
            return CourseTimeKind.Ago;
        }

        return CourseTimeKind.Length;
    }

    /// <summary>True when a length is a frequency or an interval, not how long something was taken.</summary>
    private static bool IsFrequency(string said, string before, string after) =>
        IntervalAfter().IsMatch(after)
        || (SaidWithA().IsMatch(said) && !AgoAtEnd().IsMatch(said) && !AgoAfter().IsMatch(after) && !ALengthBefore().IsMatch(before));

    /// <summary>"2019-2021", "2018~2020年": the years a medicine was taken, measured from the last day of the later one.</summary>
    private static IEnumerable<TimeMention> YearRanges(string text, DateOnly today)
    {
        foreach (Match match in YearRange().Matches(text))
        {
            var last = new DateOnly(int.Parse(match.Groups["end"].Value, System.Globalization.CultureInfo.InvariantCulture), 12, 31);
            if (last < today)
            {
                yield return new TimeMention(match.Index, match.Index + match.Length, Duration.Between(last, today), null);
            }
        }
    }

    /// <summary>"2019-2021", "2018到2020年": a range of years (left as it is when ranges of lengths are narrowed).</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?:19|20)\d{2}\s*(?:-|–|—|~|到|至)\s*(?<end>(?:19|20)\d{2})(?![\d/.-])\s*年?")]
    internal static partial Regex YearRange();

    /// <summary>"A few days", "several weeks", 几天, 几个月: two of the unit; "years ago", "a few years ago", 几年前: two years ago.</summary>
    private static IEnumerable<TimeMention> Vague(string text)
    {
        foreach (Match match in VagueEnglish().Matches(text).Concat(VagueChinese().Matches(text)))
        {
            var unit = match.Groups["unit"].Value;
            var ago = match.Groups["ago"].Success;
            double? days = unit switch
            {
                _ when unit.StartsWith('d') || unit == "天" => 1,
                _ when unit.StartsWith('w') || unit is "周" or "星期" or "礼拜" => Duration.DaysPerWeek,
                _ when unit.StartsWith('m') || unit == "月" => Duration.DaysPerMonth,
                _ when (unit.StartsWith('y') || unit == "年") && ago => Duration.DaysPerYear,
                _ => null,
            };
            if (days is { } perUnit)
            {
                yield return new TimeMention(match.Index, match.Index + match.Length, Duration.FromDays(VagueCount * perUnit), null);
            }
        }
    }

    [GeneratedRegex(@"(?<![a-z])(?:(?:a\s+few|few|several)\s+(?<unit>days|weeks|months|years)|(?:(?:many|some)\s+)?(?<unit>years))(?<ago>\s+ago)?(?![a-z])")]
    private static partial Regex VagueEnglish();

    [GeneratedRegex("(?<![好很十])几(?:个)?(?<unit>天|周|星期|礼拜|月|年)(?<ago>前|以前|之前)?|(?:好几|好多|很多|多)(?<unit>年)(?<ago>前|以前|之前)")]
    private static partial Regex VagueChinese();

    [GeneratedRegex(@"(?<![a-z])ago$|前$")]
    private static partial Regex AgoAtEnd();

    [GeneratedRegex(@"^\s*(?:ago|back)(?![a-z])")]
    private static partial Regex AgoAfter();

    /// <summary>"stopped (it) for", "off (of) #", "havent taken it since", 停了, 不吃了: what follows is how long ago it was stopped.</summary>
    [GeneratedRegex(
        @"(?:(?<![a-z])(?:stopped|stop|quit|quitted|discontinued|off(?:\s+of)?|no\s+longer\s+(?:on|taking|take|using)|not\s+(?:on|taking|taken|had|used|using)|" +
        @"havent\s+(?:taken|had|used|been\s+on)|hasnt\s+been\s+on)|停了?|停药了?|停用了?|停掉了?|不吃了?|没吃了?|没用了?|不用了?|没再吃了?)" +
        @"(?>\s*(?:#+|(?<![a-z])(?:it|them|taking|using|for|since|about|around|like|roughly|the|past|last|in|on|at|of)(?![a-z])))*\s*$")]
    private static partial Regex StopBefore();

    [GeneratedRegex(@"(?:(?<![a-z])(?:to|until|till|through|thru)|到|至)\s*$")]
    private static partial Regex UntilBefore();

    [GeneratedRegex(@"^\s*了?\s*(?:没吃|没用|没再吃|不吃|没有吃|没有用)")]
    private static partial Regex NotTakenAfter();

    /// <summary>"started (taking #) in", "since", "from", 开始吃, 从, 自从: what follows is when it was started.</summary>
    [GeneratedRegex(
        @"(?:(?<![a-z])(?:started|start|starting|began|begun|begin|since|from)|开始(?:吃|用|服用|使用|打)?|从|自从|自)" +
        @"(?>\s*(?:#+|(?<![a-z])(?:it|them|taking|using|on|in|at|about|around|like|roughly|the)(?![a-z])))*\s*$")]
    private static partial Regex StartBefore();

    [GeneratedRegex(@"^\s*(?:开始|起|以来|至今|到现在)")]
    private static partial Regex StartAfter();

    /// <summary>"less than", "under", "almost", 不到, 将近 …: the length said is an upper bound.</summary>
    [GeneratedRegex(@"(?:(?<![a-z])(?:less\s+than|fewer\s+than|under|not\s+even|barely|almost|nearly|close\s+to|not\s+quite|just\s+under)|不到|不足|少于|没到|未满|不满|将近|快|差不多)\s*$")]
    private static partial Regex ShortOfBefore();

    [GeneratedRegex(@"(?<=\d)\.(?=\s|$)")]
    private static partial Regex StopAfterNumber();

    /// <summary>A clause about the diagnosis or the onset ("diagnosed in 2019", 确诊三年), not about a medicine.</summary>
    [GeneratedRegex(@"diagnos|确诊|诊断|发病")]
    private static partial Regex AboutAnotherEvent();

    /// <summary>A number that reads as a year but is an amount ("cellcept 2000 mg").</summary>
    [GeneratedRegex(@"^\s*(?:mg|mgs|milligrams?|mcg|ug|g|grams?|iu|units?|ml|tabs?|tablets?|pills?|毫克|克|片|粒|颗)(?![a-z])")]
    private static partial Regex AmountAfter();

    [GeneratedRegex(@"^\s*(?:apart|intervals?|cycles?)(?![a-z])")]
    private static partial Regex IntervalAfter();

    /// <summary>一天两次, 一天两回, 一周打一针, 一天吃3片, 三个月一次: a frequency.</summary>
    [GeneratedRegex(@"^\s*(?:吃|打|用|服|输|注射)?\s*[\d零〇一二两三四五六七八九十半]*\s*(?:次|回|顿|片|粒|颗|针|支|毫克|mg|克)")]
    private static partial Regex ChineseFrequencyAfter();

    [GeneratedRegex(@"^(?:(?:more\s+than|over|longer\s+than|at\s+least|just\s+over|a\s+little\s+over|a\s+bit\s+over|little\s+over|bit\s+over)\s+)?an?\s(?!few|couple)")]
    private static partial Regex SaidWithA();

    /// <summary>What makes "a day", "a month" a length: "for a month", "about a week", "less than a month", "then a month of", or nothing before it in its clause.</summary>
    [GeneratedRegex(@"(?:^|(?<![a-z])(?:for|about|around|only|just|like|almost|nearly|than|under|roughly|approximately|maybe|after|within|lasted|over|of|then|and|plus|took|had|used|tried|been|was|it|them))\s*$")]
    private static partial Regex ALengthBefore();
}
