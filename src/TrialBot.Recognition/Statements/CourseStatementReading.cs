using TrialBot.Recognition.Doses;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads a yes/no answer to a question about a course of at least some days that says how long the course lasted:
/// "3 day iv pulse last month", 上个月打了5天地塞米松吊瓶. A course shorter than the question's days answers no, read
/// back to the person to confirm; a longer course, no course length, or an answer already no or unsure stays as it is.
/// </summary>
public static class CourseStatementReading
{
    /// <summary>The reading of <paramref name="text"/>, with a yes for a course shorter than <paramref name="leastDays"/> as a tentative no.</summary>
    /// <param name="reading">The answer read as a yes/no statement.</param>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="leastDays">The fewest days of a course the question asks about.</param>
    /// <returns>The reading.</returns>
    public static Recognition<bool> Apply(Recognition<bool> reading, string text, int leastDays)
    {
        if (!reading.IsRecognized || !reading.Value || !InputGuard.Normalize(text).TryGetValue(out var normalized))
        {
            return reading;
        }

        return CourseReader.FindDays(AnswerText.Prepare(normalized)) is { } course && course.Days < leastDays
            ? Recognition.Of(false).AsTentative()
            : reading;
    }
}
