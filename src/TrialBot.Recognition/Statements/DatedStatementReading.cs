using TrialBot.Recognition.Text;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads a yes/no answer to a question about the last weeks that dates what it affirms further back: "I had IV pulses
/// back in January but nothing since", "冲击是去年的事了", "No. Last pulse was in 2022" (a no beside it). When the most recent time the answer gives (the shortest
/// elapsed time, never overstated) lies before the question's window, the answer is no, read back to the person to
/// confirm; a time inside the window, or none, leaves the reading as it is. A no that says the thing was so before
/// ("not anymore") without a time before the window is asked about.
/// </summary>
public static partial class DatedStatementReading
{
    /// <summary>The reading of <paramref name="text"/>, with a yes dated before <paramref name="window"/> as a tentative no.</summary>
    /// <param name="reading">The answer read as a yes/no statement.</param>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">The conversation's culture.</param>
    /// <param name="today">The person's today.</param>
    /// <param name="window">How far back the question asks.</param>
    /// <returns>The reading.</returns>
    public static Recognition<bool> Apply(Recognition<bool> reading, string text, string? culture, DateOnly today, Duration window)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return reading;
        }

        if (reading.IsRecognized && !reading.Value && NoLonger().IsMatch(AnswerText.Fold(text)))
        {
            // "not anymore, im down to 20 now", 现在不用了: a no that says it was so before, and not when; whether that was
            // inside the window is not known, so the person is asked (a time given, before the window, is a no).
            var when = ElapsedTimeRecognizer.Recognize(text, culture, today);
            return when.IsRecognized && when.Value.Days > window.Days ? reading : Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous);
        }

        // "No. Last pulse was in 2022": a no beside the thing affirmed, dated before the window, is read as a yes dated so.
        var bothWays = !reading.IsRecognized && reading.Problem is RecognitionProblem.Ambiguous or YesNoRecognizer.MixedStatement;
        if (!bothWays && (!reading.IsRecognized || !reading.Value))
        {
            return reading;
        }

        var elapsed = ElapsedTimeRecognizer.Recognize(text, culture, today);
        return elapsed.IsRecognized && !elapsed.IsTentative && elapsed.Value.Days > window.Days
            ? Recognition.Of(false).AsTentative()
            : reading;
    }

    /// <summary>A no that says the thing was so before: "not anymore", "no longer", "not any more", 不再, 现在不用了, 已经停了.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:not\s+any\s*more|no\s+longer|not\s+now|anymore)\b|不再|现在不(?:用|打|吃)了|已经(?:停|不用|不打|不吃)了|早就不")]
    private static partial System.Text.RegularExpressions.Regex NoLonger();
}
