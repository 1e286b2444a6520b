using System.Text.RegularExpressions;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Answers about a length of time that give none the bot can use, each with the follow-up it needs: a time counted
/// from an undated event ("since the day I was diagnosed", "never changed", "since I was 20", 从来没变过, 确诊以来) and a
/// vague amount ("a few years", "for years", "several months", 好几年, 几个月, 多年).
/// </summary>
internal static partial class VagueTimeCues
{
    /// <summary>The least number of years a vague answer in years says ("for years", "a few years", "years", 好几年, 好多年,
    /// 多年, 几年了): two. It is read back to the person before anything is decided on it.</summary>
    public const double LeastYears = 2;

    /// <summary>
    /// True when the answer is a vague number of years and nothing more precise: "for years", "years", "a few years",
    /// "several years", "many years", "years and years", 好几年, 好多年, 多年, 几年了 (never fewer than two years, which
    /// decides a rule of months). "A few months", 几个月 are not: they can be fewer than six months.
    /// </summary>
    public static bool SaysYears(string prepared) => SeveralYears().IsMatch(prepared);

    /// <summary>
    /// True when the answer opens with a vague number of years as a clause of its own and goes on about something else
    /// ("years, never really came off it", "for years, the drips were on top of my usual pred", 好几年了，一直没停): a vague
    /// amount, asked about, when nothing else in it gives a time.
    /// </summary>
    public static bool OpensWithYears(string prepared) => OpeningYears().IsMatch(prepared);

    /// <summary>The problem code of a vague answer, or null when the answer is not one of these.</summary>
    public static string? Problem(string prepared) =>
        VagueAmount().IsMatch(prepared) ? RecognitionProblem.VagueNumber
        : SinceEvent().IsMatch(prepared) ? RecognitionProblem.SinceEvent
        : null;

    [GeneratedRegex(
        @"^\W*(?:(?:i\s+have\s+been|ive\s+been|been|its\s+been|it\s+has\s+been|oh|um|well|hmm|honestly)\s+)*(?:(?:on\s+it|on\s+them|taking\s+it|diagnosed)\s+)?" +
        @"(?:(?:for|over)\s+)?(?:(?:a\s+few|few|several|many|quite\s+a\s+few|some|a\s+number\s+of|lots\s+of|so\s+many)\s+)?years(?:\s+(?:and\s+years|now|already))?(?:\s+(?:now|already|at\s+least))?\W*$|" +
        @"^\W*(?:已经|都|有)?(?:好几|好多|很多|几|多)年(?:了|啦|吧)?\W*$|^\W*(?:确诊|吃|用|吃了|用了|得病|病了|吃药)?(?:已经|都|有)?(?:好几|好多|很多)年(?:了|啦)?\W*$")]
    private static partial Regex SeveralYears();

    [GeneratedRegex(
        @"^\W*(?:(?:oh|um|well|honestly|been|ive\s+been|its\s+been)\s+)*(?:(?:for|over)\s+)?(?:(?:a\s+few|few|several|many|so\s+many)\s+)?years(?:\s+now)?\s*[,.;:!-]|" +
        @"^\W*(?:已经|都|有)?(?:好几|好多|很多)年(?:了|啦)?\s*[，,。；;]")]
    private static partial Regex OpeningYears();

    [GeneratedRegex(
        @"\b(?:a\s+few|few|several|some|many|lots\s+of|a\s+number\s+of)\s+(?:more\s+)?(?:decades?|years?|yrs?|months?|mos?|weeks?|wks?|days?)\b|" +
        @"\b(?:for|over)\s+(?:years|months|weeks|ages|a\s+long\s+time|a\s+while|decades)\b|\byears\s+(?:and\s+years|now)\b|" +
        @"好几|几(?:个)?(?:年|月|星期|礼拜|周|天)|(?<![\d零〇一二两三四五六七八九十])多年|很久|很长时间|好久|一段时间")]
    private static partial Regex VagueAmount();

    [GeneratedRegex(
        @"\bsince\s+(?:the\s+(?:day|time|start|beginning)|i\s+(?:was|got|started|began|first)|(?:my\s+)?diagnos|(?:the\s+)?start|the\s+beginning|day\s+one|then)|" +
        @"\b(?:when|since)\s+i\s+was\s+\d+|\bi\s+was\s+\d+\b(?!\s*(?:years?|months?|weeks?|days?))|\bsince\s+(?:the\s+)?age\s+(?:of\s+)?\d+|\bat\s+(?:age\s+)?\d+\b(?!\s*(?:mg|years?|months?|weeks?|days?))|" +
        @"\b(?:never|not|hasnt|hasn't|havent|didnt)\s+(?:been\s+)?(?:changed|change|adjusted|lowered|raised)|\bsame\s+(?:dose\s+)?(?:all\s+along|ever\s+since|the\s+whole\s+time|since\s+(?:the\s+)?(?:start|beginning|diagnosis))|\balways\s+(?:been|the\s+same|on)|" +
        @"从来没|从没|一直没|一直是|一直都是|一直吃|一直在吃|确诊以来|确诊以后|确诊后|确诊开始|诊断以来|诊断后|从确诊|开始就|自从确诊|一开始就|始终")]
    private static partial Regex SinceEvent();
}
