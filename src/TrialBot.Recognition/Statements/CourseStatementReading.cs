using TrialBot.Recognition.Doses;
using TrialBot.Recognition.Durations;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads a yes/no answer to a question about a course of at least some days that says how long the course lasted:
/// "3 day iv pulse last month", 上个月打了5天地塞米松吊瓶. A course shorter than the question's days answers no, read
/// back to the person to confirm; a longer course, a longer length said beside it (a second course), no course length,
/// or an answer already no or unsure stays as it is.
/// </summary>
public static partial class CourseStatementReading
{
    /// <summary>Any day: only lengths are weighed here ("for 2 weeks"), never dates, so what today is does not matter.</summary>
    private static readonly DateOnly LengthsOnly = new(2000, 1, 1);

    /// <summary>The reading of <paramref name="text"/>, with a yes for a course shorter than <paramref name="leastDays"/> as a tentative no.</summary>
    /// <param name="reading">The answer read as a yes/no statement.</param>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="leastDays">The fewest days of a course the question asks about.</param>
    /// <returns>The reading.</returns>
    public static Recognition<bool> Apply(Recognition<bool> reading, string text, int leastDays)
    {
        if (!reading.IsRecognized || !InputGuard.Normalize(text).TryGetValue(out var normalized))
        {
            return reading;
        }

        // "3 days of IV 500 mg, then 60 mg twice a day for 2 weeks": a longer length said beside the short course may be
        // a second course; only when no length reaches the days asked is the answer a no. A no read from the short
        // course alone is asked again.
        var prepared = AnswerText.Prepare(normalized);
        var shortCourse = CourseReader.FindDays(prepared) is { } course && course.Days < leastDays;
        var longerSaid = shortCourse && SpokenLengthReader.FindAll(prepared, LengthsOnly)
            .Any(length => length.Elapsed is { } said && said.Days >= leastDays && !Denied().IsMatch(prepared[Math.Max(0, length.Start - 20)..length.Start]));
        if (!reading.Value)
        {
            return longerSaid && !reading.IsTentative ? Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous) : reading;
        }

        return shortCourse && !longerSaid ? Recognition.Of(false).AsTentative() : reading;
    }

    /// <summary>A length denied just before it ("nothing for 2 weeks", "never 2 weeks", 没有两周, 不到两周): no second course.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:nothing|never|not|no|none)\b[^,.;，。；]*|没有?|不到|未)\s*(?:for\s+|连续)?$")]
    private static partial System.Text.RegularExpressions.Regex Denied();
}
