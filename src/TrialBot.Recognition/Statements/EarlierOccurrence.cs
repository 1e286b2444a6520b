using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Statements;

/// <summary>
/// Reads a no to a question about anything ever had (a transplant, a stroke) that only says nothing happened since
/// something: "A kidney, in 1994 from my brother… nothing since", "not since the one in 2016", 2016年换过肾，之后没再做过.
/// What came before "since" is what the question asks about, so such a no is not read: the question is asked again.
/// (A question about a recent time, such as the last 8 weeks, weighs the date instead: see <see cref="DatedStatementReading"/>.)
/// </summary>
public static partial class EarlierOccurrence
{
    /// <summary>The reading of <paramref name="text"/>, with a no that only denies what came after something asked again.</summary>
    /// <param name="reading">The answer read as a yes/no statement.</param>
    /// <param name="text">The answer, as typed.</param>
    /// <returns>The reading.</returns>
    public static Recognition<bool> Apply(Recognition<bool> reading, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return reading is { IsRecognized: true, Value: false } && NothingSince().IsMatch(AnswerText.Fold(text))
            ? Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous)
            : reading;
    }

    [GeneratedRegex(@"\b(?:not|nothing|none|no\s+more|no\s+others?|never\s+again)\s+since\b|(?:之后|以后|后来|此后)(?:就)?没(?:有)?再|(?:之后|以后|后来)(?:就)?再(?:也)?没")]
    private static partial Regex NothingSince();
}
