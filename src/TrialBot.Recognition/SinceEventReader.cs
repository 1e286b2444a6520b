using System.Globalization;
using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads which event a length of time is counted from when the answer names the event instead of a time: the diagnosis
/// ("since i was diagnosed", "ever since they found it", 确诊以后一直在吃, 从确诊开始) or an age ("since i was 24", "i was
/// 29 when they found it", 24岁那年). The caller measures it from what the person said earlier (the time since the
/// diagnosis, the age), to be confirmed.
/// </summary>
public static partial class SinceEventReader
{
    /// <summary>Reads the event <paramref name="text"/> counts from.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <returns>The event, or null when the answer names neither the diagnosis nor an age.</returns>
    public static SinceEvent? Read(string? text)
    {
        if (!InputGuard.Normalize(text).TryGetValue(out var normalized))
        {
            return null;
        }

        var prepared = AnswerText.Prepare(normalized);
        if (AgeThen().Match(prepared) is { Success: true } age
            && int.TryParse(age.Groups["years"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var years))
        {
            return new SinceEvent(Diagnosis: false, AtAge: years);
        }

        if (Diagnosis().IsMatch(prepared))
        {
            return new SinceEvent(Diagnosis: true, AtAge: null);
        }

        return CourseStart().IsMatch(prepared) ? new SinceEvent(Diagnosis: false, AtAge: null) { CourseStart = true } : null;
    }

    /// <summary>
    /// The start of the current course: "since I started it again", "same since I started", "since starting", 开始就是3片,
    /// 一开始就没变, 重新吃以后一直没变, 从开始吃就; not the start of something else (暑假开始就三片了). Not the diagnosis
    /// ("since I was diagnosed"), which has its own reading.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:ever\s+)?since\s+(?:i|she|he|we)\s+(?:re)?start(?:ed)?\b(?!\s+(?:to\s+)?(?:get|have|feel|notice))|\bsince\s+(?:re)?starting\b|\bsince\s+(?:i|she|he)\s+went\s+back\s+on\b|" +
        @"(?:^|[\s，,。；;])(?:一|刚|从|自从)?开始(?:吃)?(?:的时候)?就|从开始|重新(?:开始)?(?:吃|用)(?:以后|之后|后|起|开始)|开始吃(?:以后|之后|后|起)")]
    private static partial Regex CourseStart();

    [GeneratedRegex(
        @"\b(?:ever\s+)?since\s+(?:i\s+(?:was|got|been)\s+|they\s+|my\s+|the\s+|first\s+)?(?:diagnos|found\s+(?:it|out)|day\s+one|the\s+(?:start|beginning))|" +
        @"\bfrom\s+(?:the\s+)?(?:diagnosis|start|beginning|day\s+one)\b|(?:确诊|诊断|查出来?|发现)(?:以来|以后|之后|后|开始|起|到现在|就|那会儿?|那阵子?|那时候?|的时候|时就|那年)|从确诊|自从确诊|一确诊|从一开始|从刚开始")]
    private static partial Regex Diagnosis();

    /// <summary>
    /// An age of the past, the age at an event: "since I was 34", "when she was 14", "at age 20", "I was 29 when",
    /// "diagnosed at 34", "got sick at 30", 34岁的时候, 34岁那年, 30岁开始, 58岁确诊, 30岁发病. Read here as the event a time counts from, and left out by the age
    /// question, which asks the age now.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:since|from|when|at)\s+(?:(?:i|she|he|they)\s+(?:was|were)\s+|age\s+(?:of\s+)?|the\s+age\s+of\s+)(?<years>\d{1,2})\b(?!\s*(?:mg|%|years?\s+ago|months?|weeks?|days?))|" +
        @"\b(?:i|she|he)\s+was\s+(?<years>\d{1,2})\s+when\b|\b(?:diagnosed|dx|dxd|found\s+out|got\s+it|started|got\s+sick|fell\s+ill|got\s+lupus|got\s+diagnosed)\s+(?:with\s+(?:it|lupus|sle)\s+)?(?:at|aged)\s+(?<years>\d{1,2})\b|" +
        @"(?<years>\d{1,2})\s*岁(?:的时候|那年|时|开始|起|就|确诊|诊断|发病|得病|得的|查出|患上|生病|被诊断)")]
    internal static partial Regex AgeThen();
}
