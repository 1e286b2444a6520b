using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads a yes/no answer to a question about the last weeks that dates what it affirms further back: "I had IV pulses
/// back in January but nothing since", "冲击是去年的事了". When the most recent time the answer gives (the shortest
/// elapsed time, never overstated) lies before the question's window, the answer is no, read back to the person to
/// confirm; a time inside the window, or none, leaves the reading as it is.
/// </summary>
public static class DatedStatementReading
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
        if (!reading.IsRecognized || !reading.Value || string.IsNullOrWhiteSpace(text))
        {
            return reading;
        }

        var elapsed = ElapsedTimeRecognizer.Recognize(text, culture, today);
        return elapsed.IsRecognized && !elapsed.IsTentative && elapsed.Value.Days > window.Days
            ? Recognition.Of(false).AsTentative()
            : reading;
    }
}
