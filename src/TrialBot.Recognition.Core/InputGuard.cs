using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Cleans an answer before anything reads it, and refuses answers too long to read safely: the date-time recognizer's
/// cost grows faster than the square of the length (see PACKAGES.md), so the cap is applied before any
/// Microsoft.Recognizers.Text call.
/// </summary>
public static class InputGuard
{
    /// <summary>The longest answer read, in characters after normalising. An answer to a screening question is a few words.</summary>
    public const int MaxLength = 300;

    /// <summary>Raw input beyond this length is refused without normalising it (no answer shrinks this much by normalising).</summary>
    private const int MaxRawLength = MaxLength * 8;

    /// <summary>
    /// Cleans <paramref name="text"/> (<see cref="AnswerText.Clean"/>: control and invisible characters stripped, full-width
    /// forms in ASCII, whitespace collapsed and trimmed) within the length limits.
    /// </summary>
    /// <returns>The normalised text; <see cref="RecognitionProblem.Empty"/> when nothing is left;
    /// <see cref="RecognitionProblem.TooLong"/> beyond <see cref="MaxLength"/> characters.</returns>
    public static Recognition<string> Normalize(string? text)
    {
        if (text is null)
        {
            return Recognition.NotUnderstood<string>(RecognitionProblem.Empty);
        }

        if (text.Length > MaxRawLength)
        {
            return Recognition.NotUnderstood<string>(RecognitionProblem.TooLong);
        }

        var normalized = AnswerText.Clean(text);
        if (normalized.Length == 0)
        {
            return Recognition.NotUnderstood<string>(RecognitionProblem.Empty);
        }

        return normalized.Length > MaxLength
            ? Recognition.NotUnderstood<string>(RecognitionProblem.TooLong)
            : Recognition.Of(normalized);
    }
}
