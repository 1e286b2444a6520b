using TrialBot.Recognition.Durations;
using TrialBot.Recognition.Models;
using TrialBot.Recognition.Numbers;
using TrialBot.Recognition.Text;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition;

/// <summary>
/// Reads how long something has lasted or how long ago it happened, as a <see cref="Duration"/> up to the caller's
/// today: "3 years ago", "since 2019", "in March 2021", "diagnosed in 2020", "7 months", "about 5 weeks", "half a year",
/// "a year and a half", "12 weeks", 半年, 三年前, 2019年3月, 两个星期, 一年多, 确诊三年了.
/// </summary>
/// <remarks>
/// The rule is never to overstate the elapsed time, because the trial's criteria are minimums (SLE for at least six
/// months, a regimen for at least eight weeks):
/// <list type="bullet">
/// <item>a date is measured from itself; a month or a year from its last day ("since 2019" on 2026-11-24 is measured
/// from 2019-12-31: 6 years 329 days, not 7 years 328 days; "in March 2021" from 2021-03-31, "in the spring of 2019" from
/// 2019-05-31); a period not yet over ("this year", "since November" in November) is <see cref="RecognitionProblem.ThisYear"/>
/// or <see cref="RecognitionProblem.ThisMonth"/>: the dialog asks which month, or how many weeks;</item>
/// <item>a range takes its lower end ("3-4 years" is 3 years, 五六年 is 5 years); "more than", "over", 一年多 are one day
/// more than the number said;</item>
/// <item>a time from an undated event ("since I was diagnosed", "never changed", 从来没变过) is
/// <see cref="RecognitionProblem.SinceEvent"/>, a vague amount ("a few months", 几个月) <see cref="RecognitionProblem.VagueNumber"/>;
/// a vague number of years alone ("for years", "a few years", 好几年了) is two years, tentative (read back to confirm);</item>
/// <item>a part of a month is measured from the latest day it can mean ("mid nov" from the 20th, 十月中旬, 上个月初 from
/// the 10th) and a holiday from its day (国庆, 元旦, 春节, "christmas"; <c>PointInMonthReader</c>); a length a coming month
/// completes ("3 years in march", 明年3月满三年) is that length less the time until the month ends (<c>AnniversaryReader</c>);</item>
/// <item>"almost"/"nearly"/将近/快 take one day less than the number said; "less than"/"within"/不到 give only an upper
/// bound and are <see cref="RecognitionProblem.Ambiguous"/> (the dialog asks for a rough figure);</item>
/// <item>when an answer holds several dates or lengths, the shortest elapsed time is taken; a rate ("twice a day",
/// "5 days a week") is no length (<c>RatePhrases</c>), nor is one counted from another event ("2 weeks after my wedding",
/// 婚后两周: <c>RelativeLengths</c>); a date and a length far apart ("diagnosed 2019, took 3 months to
/// get it") are two times, <see cref="SeveralTimes"/>: the dialog asks for one.</item>
/// </list>
/// A date in the future is <see cref="RecognitionProblem.OutOfRange"/>, and so is anything beyond <see cref="MaxYears"/>.
/// Common shapes are read by own rules (<c>SpokenLengthReader</c>, <c>CalendarDateReader</c>); only the rest, such as a
/// date with its day ("March 15, 2021"), is read by the costlier date-time model.
/// </remarks>
public static partial class ElapsedTimeRecognizer
{
    /// <summary>The longest plausible elapsed time, in years.</summary>
    public const double MaxYears = 120;

    /// <summary>The problem code of an answer whose date and length of time are far apart: the bot asks for one figure.</summary>
    public const string SeveralTimes = "several-times";

    /// <summary>The fewest characters before "I don't know the day" that can tell an event it is the day of.</summary>
    private const int MinEventLength = 4;

    /// <summary>How far apart, in days, a date and a length of one answer are before they are two different times.</summary>
    private const double FarApartDays = 90;

    /// <summary>Reads the elapsed time in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …; null or unknown reads as English.</param>
    /// <param name="today">The person's today (the conversation's clock), against which dates are measured.</param>
    /// <returns>The elapsed time; <see cref="RecognitionProblem.NoTime"/>, <see cref="RecognitionProblem.MissingUnit"/> for a
    /// bare number ("3"), <see cref="RecognitionProblem.OutOfRange"/>, <see cref="RecognitionProblem.Ambiguous"/>; unsure
    /// for "I don't know".</returns>
    public static Recognition<Duration> Recognize(string? text, string? culture, DateOnly today) =>
        InputGuard.Normalize(text).Bind(normalized => Concluded(Statements.FutureOnly.Blank(AnswerText.Prepare(CalendarDateReader.WithShortYearsInFull(normalized, today))), part => Hedged(part, CultureLanguage.ForModels(culture, normalized), today)));

    /// <summary>
    /// The reading of the whole answer; when that reads no time, the conclusion the person drew at its end ("The summer
    /// before my first year of teaching, so summer 2021", "He turned 3 in October, so early 2024", 二宝出生那年，也就是2019年),
    /// to confirm. A conclusion never overrides a reading of the whole.
    /// </summary>
    private static Recognition<T> Concluded<T>(string prepared, Func<string, Recognition<T>> read)
    {
        var whole = read(prepared);
        if (whole.IsRecognized || whole.IsUnsure || DrawnConclusion.Of(prepared) is not { } rest)
        {
            return whole;
        }

        var concluded = read(rest);
        return concluded.IsRecognized ? concluded.AsTentative() : whole;
    }

    /// <summary>
    /// Reads the elapsed time in <paramref name="text"/> with both its ends and whether it is a rough figure, preparing the
    /// answer once: the shorter end (as <see cref="Recognize(string?, string?, DateOnly)"/>), the longer end of a range
    /// ("7-8 weeks", 七八周, "between March and June"), and whether a length is said roughly ("about 6 months", 半年左右).
    /// </summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">"en-US", "zh-CN" …</param>
    /// <param name="today">The person's today.</param>
    /// <returns>The span, or what <see cref="Recognize(string?, string?, DateOnly)"/> returns when there is none.</returns>
    public static Recognition<ElapsedSpan> RecognizeSpan(string? text, string? culture, DateOnly today) =>
        InputGuard.Normalize(text).Bind(normalized =>
        {
            var language = CultureLanguage.ForModels(culture, normalized);
            return Concluded(Statements.FutureOnly.Blank(AnswerText.Prepare(CalendarDateReader.WithShortYearsInFull(normalized, today))), prepared => Span(prepared, language, today));
        });

    /// <summary>The span of a prepared answer (see <see cref="RecognizeSpan"/>).</summary>
    private static Recognition<ElapsedSpan> Span(string prepared, TextLanguage language, DateOnly today)
    {
        if (SinceWhen().IsMatch(prepared) && UnsureLexicon.IsUnsure(prepared))
        {
            // "I really don't know since when she's on 10": the 10 is the dose, and the answer is that the time is not known.
            return Recognition.Unsure<ElapsedSpan>();
        }

        var upper = RangeNarrowing.Holds(prepared) ? Hedged(prepared, language, today, upperEnd: true) : null;
        if (upper is { IsRecognized: false })
        {
            // A range whose longer end cannot be read is never read as its shorter end alone: across a limit that
            // would decide; the person is asked.
            return Recognition.NotUnderstood<ElapsedSpan>(RecognitionProblem.Ambiguous);
        }

        return Hedged(prepared, language, today).Map(shortest => new ElapsedSpan(
            shortest,
            upper is { Value: var longest } && longest.Days > shortest.Days ? longest : null,
            Approximately(prepared, today)));
    }

    /// <summary>
    /// True when the answer gives its time as a rough length ("about 6 months", 半年左右); not when it dates the time ("last
    /// May, so about 7 months", "since about july"): a date is measured from the latest day it can mean.
    /// </summary>
    private static bool Approximately(string prepared, DateOnly today)
    {
        if (!ApproximateCues.In(prepared))
        {
            return false;
        }

        var narrowed = Narrow(prepared, upperEnd: false);
        return !CalendarDateReader.HasFullDate(narrowed) && OwnReadings(narrowed, today).Dated.Count == 0;
    }

    /// <summary>The reading, to confirm when the answer hedges it ("maybe 5 years", 可能一年) or dates it by another event.</summary>
    private static Recognition<Duration> Hedged(string prepared, TextLanguage language, DateOnly today, bool upperEnd = false)
    {
        var reading = Recognize(prepared, language, today, upperEnd);
        var dayNotKnown = DayNotKnown.Find(prepared);
        if (!reading.IsRecognized && dayNotKnown is { Index: >= MinEventLength } && reading.Problem != SeveralTimes
            && !UnsureLexicon.IsUnsure(prepared[..dayNotKnown.Index]))
        {
            // "供暖那几天前后减的，具体哪天记不住了": the person knows when, by an event the bot cannot date, only not the
            // day; asked for the month rather than taken as not knowing.
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.Ambiguous);
        }

        if (!reading.IsRecognized && !reading.IsUnsure && reading.Problem != SeveralTimes && UnsureLexicon.IsUnsure(prepared))
        {
            // Nothing read, and the person says they do not remember ("最近好像调过一次 记不清什么时候"): not knowing.
            return Recognition.Unsure<Duration>();
        }

        if (reading.IsRecognized && (EitherOr().IsMatch(prepared) || OrTheOneBefore().IsMatch(prepared)))
        {
            // "either right before I moved in july or the year before", 要么是去年要么是前年: two times, one of which is
            // the answer; the person is asked for one.
            return Recognition.NotUnderstood<Duration>(SeveralTimes);
        }

        if (reading.IsRecognized && MaybeChanged().IsMatch(prepared))
        {
            // "she saw her rheumatologist sometime in november and i think they might have changed it": whether anything
            // changed is not known, so neither is since when: not knowing.
            return Recognition.Unsure<Duration>();
        }

        // "中秋节前几天减的，具体哪天忘了", 10月份调的，哪天不记得了: not knowing the day of a time said is no admission of not
        // knowing when; the time said is the answer.
        var forgotten = dayNotKnown is { } day && Recognize(prepared[..day.Index], language, today, upperEnd).IsRecognized
            ? DayNotKnown.Blank(prepared, day)
            : prepared;
        if (reading.IsRecognized && ForgottenWhen.End(forgotten) is { } admitted)
        {
            // "stopped in the summer, can't remember when I started again": the time dates another event; a guess said
            // after the admission ("not sure when, maybe september") is the answer, to confirm.
            var guess = Recognize(prepared[admitted..], language, today, upperEnd);
            return guess.IsRecognized ? guess.AsTentative() : Recognition.Unsure<Duration>();
        }

        if (reading.IsRecognized && SelfCorrection.TakenBackAt(prepared) is { } takenBack && takenBack > 0
            && Recognize(prepared[..takenBack], language, today, upperEnd).IsRecognized
            && Recognize(WithYearKept(prepared[..takenBack], prepared[takenBack..]), language, today, upperEnd) is { IsRecognized: true } corrected)
        {
            // "last Wednesday... sorry no, the Wednesday before that, 25 Nov": the time said after taking the first back;
            // "1998. March I think, no wait, May": only the month is taken back, and the year stands.
            return corrected.AsTentative();
        }

        if (reading.IsRecognized && RelativeLengths.After(prepared, longest: !upperEnd) is { } counted)
        {
            // "a week or 2 after my cousins wedding. wedding was sat 3 oct": the wedding's date is measured, less the
            // length after it (the longer end of a range: never overstated), to confirm; a length longer than the time
            // since the date is a second time, asked about.
            return reading.Value.Days > counted.Days
                ? Recognition.Of(Duration.FromDays(reading.Value.Days - counted.Days)).AsTentative()
                : Recognition.NotUnderstood<Duration>(SeveralTimes);
        }

        // "2 weeks before my wedding, wedding was july 4th": the wedding's date is measured (a shorter time than the one
        // asked, never a longer); near the truth, so confirmed.
        return FigureHedge.In(prepared) || RelativeLengths.Any(prepared) || PointInMonthReader.NamesHolidayOfManyDays(prepared) ? reading.AsTentative() : reading;
    }

    private static Recognition<Duration> Recognize(string prepared, TextLanguage language, DateOnly today, bool upperEnd = false)
    {
        if (OnAndOffCues.OnlyOnAndOff(prepared))
        {
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.OnAndOff);
        }

        if (!TimeCues.MayHoldTime(prepared))
        {
            return VagueTimeCues.Problem(prepared) is { } vague ? Recognition.NotUnderstood<Duration>(vague) : UnsureOr(prepared, RecognitionProblem.NoTime);
        }

        if (SometimeAfter().IsMatch(prepared))
        {
            // "sometime after she arrived in March": after the month said, by how much not said; only a bound on the time
            // (read as March before, overstated), asked about.
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.Ambiguous);
        }

        if (TimeCues.SaysLessThan(prepared))
        {
            return BesideItsBound(prepared, language, today, upperEnd) ?? Recognition.NotUnderstood<Duration>(RecognitionProblem.Ambiguous);
        }

        var narrowed = CalendarDateReader.WithRelativeYearsInFull(Narrow(prepared, upperEnd), today);
        if (CalendarDateReader.HasFullDate(narrowed) && AfterADay().IsMatch(narrowed)
            && OwnReadings(narrowed, today).Dated.Any(m => m.Elapsed is not null) && !OnAndOffCues.SaysOnAndOff(prepared))
        {
            // "symptoms since march but diagnosed right after the 4th of july": a day that bounds the time, beside another
            // time; the person is asked which.
            return Recognition.NotUnderstood<Duration>(SeveralTimes);
        }

        if (CalendarDateReader.HasFullDate(narrowed) || CalendarDateReader.HasDateBefore(narrowed, today))
        {
            return ModelReading(prepared, WeekdayReader.Blank(narrowed), language, today);
        }

        if (VagueTimeCues.SaysYears(prepared))
        {
            // "for years", 好几年了: at least two years, read back to the person before anything is decided on it.
            return Recognition.Of(Duration.FromYears(VagueTimeCues.LeastYears)).AsTentative();
        }

        var (dated, lengths) = OwnReadings(narrowed, today);
        if (lengths.Count > 0 && BreakLengths.Any(prepared) && !BreakLengths.SaysRestarted(prepared))
        {
            // "2 years, took a 3 month break in 2023": a length beside a break may be the time on it in all, not since the
            // break; the current course is asked about. A date beside a break ("a year off them, restarted in october")
            // is when it began, and so is a length since starting again (停了两个礼拜，又吃了3个月了).
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.OnAndOff);
        }

        var own = dated.Concat(lengths).OrderBy(m => m.Start).ToList();
        if (own.Zip(own.Skip(1)).Any(pair => pair.First.End <= pair.Second.Start
            && (OrBetween().IsMatch(narrowed[pair.First.End..pair.Second.Start]) || OrEndsTheGap().IsMatch(narrowed[pair.First.End..pair.Second.Start]))))
        {
            // "early oct? or after columbus day", "the 3rd or the 10th": two times offered, one of which is the answer.
            return Recognition.NotUnderstood<Duration>(SeveralTimes);
        }

        if (!OnAndOffCues.SaysOnAndOff(prepared) && MonthOfAnotherYear(narrowed, dated))
        {
            // "18年4月生的孩子…拖到7月才确诊", "back in 2023, around my son's birthday in june": the month may be of the year
            // said before it, or of this year; which time the question means is for the person to say.
            return Recognition.NotUnderstood<Duration>(SeveralTimes);
        }

        var elapsed = own.Where(m => m.Elapsed is not null).Select(m => m.Elapsed!.Value).ToList();
        if (elapsed.Count > 0 && own.Any(m => m.Problem is RecognitionProblem.Ambiguous) && !OnAndOffCues.SaysOnAndOff(prepared))
        {
            // "symptoms since like april but they only figured out it was lupus right after labor day": a second time that
            // gives only a bound; reading the first alone could pass a limit the second fails. The person is asked.
            return Recognition.NotUnderstood<Duration>(SeveralTimes);
        }

        if (elapsed.Count > 0)
        {
            // On and off with the current course named ("on and off for years, this time since March"): the shorter is the course.
            return !OnAndOffCues.SaysOnAndOff(prepared) && DisagreeFar(dated, lengths) ? Recognition.NotUnderstood<Duration>(SeveralTimes) : Shortest(elapsed, prepared);
        }

        if (own.FirstOrDefault(m => m.Problem is not null).Problem is { } problem)
        {
            return Recognition.NotUnderstood<Duration>(problem);
        }

        if (VagueTimeCues.OpensWithYears(prepared))
        {
            // "years, never really came off it": a vague time, and the person goes on about something else: one precise
            // follow-up ("Roughly how long?"), not a floor value.
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.VagueNumber);
        }

        if (VagueTimeCues.Problem(prepared) is { } vagueProblem)
        {
            return Recognition.NotUnderstood<Duration>(vagueProblem);
        }

        return ModelReading(prepared, narrowed, language, today);
    }

    /// <summary>The answer with one end of a range kept and what is no time of the answer blanked (rates, lengths after another event, years counted as an order or a grade).</summary>
    private static string Narrow(string prepared, bool upperEnd) =>
        BreakLengths.Blank(RelativeLengths.Blank(RatePhrases.Blank(YearThenMonth.Join(NamedYears.Write(DayBeforeMonth.Write(RangeNarrowing.Apply(WithoutDoseOn(Unabbreviated(WeHad().Replace(AgeOfSomeone().Replace(Ish().Replace(OrdinalYears.Blank(prepared), " "), " "), "we had "))), upperEnd)))))));

    /// <summary>"we'd just moved" with its apostrophe gone ("wed just moved"): "we had", not a Wednesday.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bwed\s+(?=(?:just|already|been|had|have|moved|gone|got|never|only|be|like|rather|go|left|done|all|both|finally|recently|barely)\b)")]
    private static partial System.Text.RegularExpressions.Regex WeHad();

    /// <summary>Someone's age in months or weeks ("he was 3 months old then", "my baby was 6 weeks old"): no length of the time asked.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:-\s*)?(?:days?|weeks?|months?|years?)\s*(?:-\s*)?old\b|(?:\d+|[一二两三四五六七八九十]+)\s*个?(?:月|周|星期)大")]
    private static partial System.Text.RegularExpressions.Regex AgeOfSomeone();

    /// <summary>The correction, with the year said before it when it names none ("1998. March, no wait, May" → "1998 May").</summary>
    private static string WithYearKept(string takenBack, string correction) =>
        FourDigitYear().Matches(takenBack) is { Count: > 0 } years && !FourDigitYear().IsMatch(correction)
            ? years[^1].Value + " " + correction
            : correction;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex FourDigitYear();

    /// <summary>A time offered with the one before it: "last week or the week before", "this month or the one before",
    /// 上周还是上上周.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bor\s+(?:was\s+it\s+)?the\s+(?:week|month|year|day|one|time)\s+before\b|\bor\s+the\s+(?:week|month|year)\s+(?:after|earlier)\b|(?:上周|上个?星期|上个?礼拜|上个月)(?:还是|或者)(?:上上周|上上个?星期|上上个?礼拜|上上个月)")]
    private static partial System.Text.RegularExpressions.Regex OrTheOneBefore();

    /// <summary>"sometime after" an event dated by a month or year ("sometime after she arrived in March", "some point after
    /// we moved in 2024"); diagnosed after an event dated to its month or day (生完孩子以后查出来的，孩子是5月15号生的).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:sometime|some\s+time|some\s+point|at\s+some\s+point)\s+after\b[^.;!?]{0,40}?\b(?:" + Durations.MonthWords.Month + @"|\d{4})\b|" +
        @"(?<![\d一二两三四五六七八九十半多]\s*个?多?(?:月|年|周|天|星期|礼拜))(?<![\d一二两三四五六七八九十半])(?:以后|之后|后来)(?:才|就|又|我|她|他)?(?:被)?(?:确诊|查出|诊断|发现)" +
        @"(?:(?<=[\d一二三四五六七八九十]\s*[月号日].*)|(?=.*[\d一二三四五六七八九十]\s*[月号日]))")]
    private static partial System.Text.RegularExpressions.Regex SometimeAfter();

    /// <summary>"after" just before a day or a month ("right after july 4", "after the 3rd of may").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bafter\s+(?:the\s+)?(?:\d{1,2}\s*(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + Durations.MonthWords.Month + @")\b")]
    private static partial System.Text.RegularExpressions.Regex AfterADay();

    /// <summary>"last yr", "this wk", "last mo" written out ("last year"), so that the period is read.</summary>
    private static string Unabbreviated(string prepared) =>
        RelativeAbbreviation().Replace(prepared, m => m.Groups["rel"].Value + " " + (m.Groups["unit"].Value[0] switch { 'y' => "year", 'w' => "week", _ => "month" }));

    /// <summary>A dose said as what the person is on ("been on 10 since july") blanked, so that it is no day of the month.</summary>
    private static string WithoutDoseOn(string prepared) => DoseOn().Replace(prepared, m => new string(' ', m.Length));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:been|stayed|still|kept|remained|im|i'm|was|am|be)\s+on|^\s*on\s+the|\bon\s+the\s+same)\s+\d+(?:\.\d+)?(?:\s*(?:mg|mgs))?\b(?!\s*(?:st|nd|rd|th|of)\b)")]
    private static partial System.Text.RegularExpressions.Regex DoseOn();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<rel>last|this)\s+(?<unit>yr|yrs|wk|wks|mo|mos|mth|mnth)\b")]
    private static partial System.Text.RegularExpressions.Regex RelativeAbbreviation();

    /// <summary>A change the person is not sure happened: "might have changed it", "i dont know if theyve changed it", 不知道医生有没有调, 不知道医生调没调.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:might|may|could)\s+(?:have|of)\s+(?:changed|lowered|raised|adjusted|cut|upped|increased|decreased|reduced)\b|\b(?:not sure|dont know|do not know|no idea|unsure|not certain|cant remember)\s+(?:if|whether)\s+(?:[a-z']+\s+){0,4}?(?:changed|lowered|raised|adjusted|cut|upped|increased|decreased|reduced|tapered)\b|(?:不确定|不知道|不清楚|说不准|记不清)[^，。,.]{0,6}?(?:有没有|是否|是不是|有无)[^，。,.]{0,3}?(?:调|改|换|减|加)|(?:不确定|不知道|不清楚|说不准|记不清)[^，。,.]{0,6}?(?<verb>调|改|换|减|加)没\k<verb>")]
    private static partial System.Text.RegularExpressions.Regex MaybeChanged();

    /// <summary>"-ish" after a number ("6ish months", "six-ish weeks"): the number is read, and the answer is a rough figure.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*-?\s*ish\b")]
    private static partial System.Text.RegularExpressions.Regex Ish();

    /// <summary>
    /// The dates and lengths of time the own rules read; a length inside a date ("2019年") is the date's, a month inside
    /// a point of it ("mid nov", 十月中旬) or an anniversary ("3 years in march") is theirs.
    /// </summary>
    private static (List<TimeMention> Dated, List<TimeMention> Lengths) OwnReadings(string narrowed, DateOnly today)
    {
        var anniversaries = AnniversaryReader.FindAll(narrowed, today);
        var points = PointInMonthReader.FindAll(narrowed, today).Where(p => !anniversaries.Any(a => a.Overlaps(p.Start, p.End)));
        var first = anniversaries.Concat(points).ToList();
        first.AddRange(WeekdayReader.FindAll(narrowed, today).Where(w => !first.Any(f => f.Overlaps(w.Start, w.End))));
        var dates = CalendarDateReader.FindAll(narrowed, today).Where(d => !first.Any(f => f.Overlaps(d.Start, d.End))).ToList();
        var dated = first.Concat(dates).ToList();
        var lengths = SpokenLengthReader.FindAll(narrowed, today).Where(l => !dated.Any(d => d.Overlaps(l.Start, l.End))).ToList();
        return (dated, lengths);
    }

    /// <summary>
    /// True when a month or season said without its year is read as its latest, and another date of the answer, with its
    /// year, lies more than a year before it: the month may be of that year. Not across a contrast ("prednisone since 2018
    /// but the dose changed in june", 2018年开始吃，不过6月减过): the month is then set against that year, and is this year's.
    /// </summary>
    private static bool MonthOfAnotherYear(string narrowed, List<TimeMention> dated) =>
        dated.Any(month => month.YearNotSaid && month.Elapsed is { } latest
            && dated.Any(other => !other.YearNotSaid && other.Elapsed is { } earlier && earlier.Days - latest.Days > Duration.DaysPerYear
                && !Contrast().IsMatch(narrowed[Math.Min(other.End, month.Start)..Math.Max(Math.Min(other.End, month.Start), Math.Max(other.Start, month.End))])));

    /// <summary>A contrast between two times: "but", "though", 但, 不过, 可是.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:but|though|although|however)\b|但|不过|可是")]
    private static partial System.Text.RegularExpressions.Regex Contrast();

    /// <summary>
    /// True when a date and a length of time in one answer are far apart ("diagnosed 2019, took 3 months to get it",
    /// 2019年确诊的，折腾了3个月): the length then measures something else, and which one the question means is for the
    /// person to say. Near each other ("since 2019, so about 7 years") they are the same time, and the shorter is taken.
    /// </summary>
    private static bool DisagreeFar(List<TimeMention> dated, List<TimeMention> lengths)
    {
        var fromDates = dated.Where(m => m.Elapsed is not null).Select(m => m.Elapsed!.Value.Days).ToList();
        var fromLengths = lengths.Where(m => m.Elapsed is not null).Select(m => m.Elapsed!.Value.Days).ToList();
        if (fromDates.Count == 0 || fromLengths.Count == 0)
        {
            return false;
        }

        var (shorter, longer) = (Math.Min(fromDates.Min(), fromLengths.Min()), Math.Max(fromDates.Min(), fromLengths.Min()));
        return longer - shorter > FarApartDays && longer > 2 * shorter;
    }

    /// <summary>The rest, read by the date-time model (full dates such as "3/15/2021", "March 15, 2021", 2021年3月15号).</summary>
    /// <summary>
    /// A time said beside a bound of it ("今年7月中旬确诊，还不到半年", "diagnosed in july, not even 6 months ago"): the time,
    /// read back to the person, when the bound holds it; <see cref="SeveralTimes"/> when it does not ("2019, less than a
    /// year ago"); null when there is no time beside the bound, or the bound cannot be read (the caller asks for a figure).
    /// </summary>
    private static Recognition<Duration>? BesideItsBound(string prepared, TextLanguage language, DateOnly today, bool upperEnd)
    {
        var clauses = Clauses.Split(prepared).Select(clause => prepared[clause.Start..clause.End]).ToList();
        var bounds = clauses.Where(TimeCues.SaysLessThan).ToList();
        var rest = string.Join(", ", clauses.Where(clause => !TimeCues.SaysLessThan(clause)));
        if (bounds.Count != 1 || rest.Length == 0 || !TimeCues.MayHoldTime(rest))
        {
            return null;
        }

        var time = Recognize(rest, language, today, upperEnd);
        var bound = Recognize(TimeCues.WithoutLessThan(bounds[0]), language, today);
        if (!time.IsRecognized || !bound.IsRecognized)
        {
            return null;
        }

        return time.Value.Days <= bound.Value.Days ? time.AsTentative() : Recognition.NotUnderstood<Duration>(SeveralTimes);
    }

    private static Recognition<Duration> ModelReading(string prepared, string narrowed, TextLanguage language, DateOnly today)
    {
        var readings = RecognizerModels.DatesAndDurations(narrowed, language, today)
            .Select(r => ElapsedTimeResolver.Resolve(r, today))
            .ToList();
        if (readings.Count == 0)
        {
            // No time in it: not knowing wins over a stray count ("这一轮啥时候开始的记不住了", "调过一次 记不清什么时候").
            return NumberFinder.FindAll(narrowed, language).Count > 0 && !UnsureLexicon.IsUnsure(prepared)
                ? Recognition.NotUnderstood<Duration>(RecognitionProblem.MissingUnit)
                : UnsureOr(prepared, RecognitionProblem.NoTime);
        }

        // A zero reading is the model's "now" or "today" ("diagnosed at 25, now 34"), never a time the answer measures.
        var elapsed = readings.Where(r => r.IsRecognized && r.Value.Days > 0).Select(r => r.Value).ToList();
        if (elapsed.Count == 0)
        {
            return readings.Any(r => r.Problem == RecognitionProblem.OutOfRange)
                ? Recognition.NotUnderstood<Duration>(RecognitionProblem.OutOfRange)
                : Recognition.NotUnderstood<Duration>(RecognitionProblem.Ambiguous);
        }

        return Shortest(elapsed, prepared);
    }

    /// <summary>The shortest of several readings (never overstated), one day less for "almost".</summary>
    private static Recognition<Duration> Shortest(List<Duration> elapsed, string prepared)
    {
        var shortest = elapsed.Min();
        if (shortest.Years > MaxYears)
        {
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.OutOfRange);
        }

        return Recognition.Of(TimeCues.SaysAlmost(prepared) ? Duration.FromDays(Math.Max(0, shortest.Days - 1)) : shortest);
    }

    private static Recognition<Duration> UnsureOr(string prepared, string problem) =>
        UnsureLexicon.IsUnsure(prepared) ? Recognition.Unsure<Duration>() : Recognition.NotUnderstood<Duration>(problem);

    /// <summary>Only "or" between two times ("early oct? or after", 9月还是10月).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:前后|左右|吧|啊|呢|吗|[\s?？,，.。!！;；:：])*(?:(?:or|or maybe|or was it|or else)\b|还是|或者|或|也可能是?|也许是?)[^\p{L}\p{N}]{0,3}(?:\b(?:after|before|around|about|maybe|in|on|at|since|the|right|just)\b\s*)*$")]
    private static partial System.Text.RegularExpressions.Regex OrBetween();

    /// <summary>"or" just before the second time after a clause about the first ("清明回老家扫墓那阵查出来的，也可能是端午", "in march
    /// when we moved, or maybe april"): the second is offered instead of the first.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[,，.。;；]\s*(?:(?:or|or maybe|or was it|or else)\b|还是|或者|也可能是?|也许是?)[^\p{L}\p{N}]{0,3}(?:\b(?:after|before|around|about|maybe|in|on|at|since|the|right|just)\b\s*)*$")]
    private static partial System.Text.RegularExpressions.Regex OrEndsTheGap();

    /// <summary>Two times offered as alternatives: "either … or …", "maybe … maybe …", "could have been … could have been", 要么…要么, 不是…就是, 或者…或者, 可能…也可能,
    /// 是怀孕后期还是生完孩子以后.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\beither\b.+\bor\b|\bmaybe\b.+\bmaybe\b|\b(?:could|might|may)\s+(?:have\s+)?been\b.+\b(?:could|might|may)\s+(?:have\s+)?been\b|要么.+要么|不是.+就是|或者.+或者|可能.+也可能|也许.+也许|" +
        @"\b(?:early|mid|late|end|beginning|start)\s+or\s+(?:the\s+)?(?:early|mid|late|end|beginning|start)\b|" +
        @"(?:月|年|周|号|日|初|中|底|旬)\s*(?:还是|或者|或)\s*(?:\d|[一二两三四五六七八九十]|今年|去年|上|这|本|月)|" +
        @"(?:前|后|期|之前|以前|以后|之后|时候)\s*还是\s*[^，。,;；\s]{1,12}|" +
        @"\b(?:" + MonthWords.Season + "|" + MonthWords.Month + @")\s+or\s+(?:early\s+|mid\s+|late\s+|the\s+)?(?:" + MonthWords.Season + "|" + MonthWords.Month + @")\b")]
    private static partial System.Text.RegularExpressions.Regex EitherOr();

    /// <summary>"since when", asked rather than said ("I really don't know since when she's on 10").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bsince\s+when\b")]
    private static partial System.Text.RegularExpressions.Regex SinceWhen();
}
