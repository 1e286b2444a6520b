using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Cleans an answer before anything reads it, and refuses answers too long to read safely: the date-time recognizer's
/// cost grows faster than the square of the length (see PACKAGES.md), so the cap is applied before any
/// Microsoft.Recognizers.Text call.
/// </summary>
public static partial class InputGuard
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

        return normalized.Length > MaxLength ? Recognition.NotUnderstood<string>(RecognitionProblem.TooLong)
            : SaidBefore().IsMatch(AnswerText.Fold(normalized)) ? Recognition.NotUnderstood<string>(RecognitionProblem.SaidBefore)
            : Recognition.Of(normalized);
    }

    /// <summary>An answer that only points back to an earlier message: "I told you already", "see above", "like I said", 同上,
    /// 前面说过了, 刚才不是发了吗.</summary>
    [GeneratedRegex(@"^[\W_]*(?:(?:i\s+)?(?:already\s+)?(?:told\s+(?:you|u|ya)|said\s+(?:that|it|so)|answered\s+(?:that|this|it))(?:\s+(?:already|before|earlier|above))?(?:[\s,]+(?:dear|hun|love))?|(?:see|as|same\s+as)\s+(?:above|before)|(?:like|as)\s+i\s+said|i\s+just\s+(?:said\s+(?:that|it)|told\s+(?:you|u))|同上|(?:我)?(?:刚才|刚刚|前面|上面|之前|已经)(?:不是)?(?:已经)?(?:说|讲|发|写|回答)(?:过)?了?(?:吗|呀|啊|嘛|呢)?|(?:不是)?(?:说|发)过?了(?:吗|呀|啊|嘛)?)[\W_]*$")]
    private static partial Regex SaidBefore();
}
