using TrialBot.Recognition.Answers;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition;

/// <summary>
/// Reads the answer to a yes/no question, English and Chinese in any culture (the phrases do not collide): "yes",
/// "yeah", "of course", "I do", 是的, 有, 好的, 同意, 嗯; "no", "nope", "never", "none of those", "not that I know of",
/// "I don't", 没有, 不是, 不同意, 从来没有; and "I don't know", "not sure", "no idea", 不知道, 不记得, 忘了 as unsure.
/// </summary>
/// <remarks>
/// The whole answer decides: a phrase of not knowing wins over everything ("no idea" is unsure, not no); a clear yes
/// together with a no ("yes and no") is ambiguous; a negation overrides a weak yes ("I have never" is no).
/// </remarks>
public static class YesNoRecognizer
{
    /// <summary>Reads the yes/no answer in <paramref name="text"/>.</summary>
    /// <param name="text">The answer, as typed.</param>
    /// <param name="culture">Accepted for symmetry with the other recognizers; both languages are always read.</param>
    /// <returns>True for yes, false for no; unsure; <see cref="RecognitionProblem.Ambiguous"/> for both;
    /// <see cref="RecognitionProblem.NotYesOrNo"/> for neither.</returns>
    public static Recognition<bool> Recognize(string? text, string? culture) =>
        InputGuard.Normalize(text).Bind(normalized => RecognizePrepared(AnswerText.Fold(normalized)));

    /// <summary>Reads a folded answer (<see cref="AnswerText.Fold"/>); also used to read "no"/"none" in other answers.</summary>
    internal static Recognition<bool> RecognizePrepared(string folded)
    {
        if (UnsureLexicon.IsUnsure(folded))
        {
            return Recognition.Unsure<bool>();
        }

        var polarities = YesNoLexicon.Matcher.FindAll(folded).Select(m => m.Tag).ToHashSet();
        var no = polarities.Contains(Polarity.No);
        var yes = polarities.Contains(Polarity.Yes);
        return (yes, no, weakYes: polarities.Contains(Polarity.WeakYes)) switch
        {
            (true, true, _) => Recognition.NotUnderstood<bool>(RecognitionProblem.Ambiguous),
            (_, true, _) => Recognition.Of(false),
            (true, _, _) or (_, _, true) => Recognition.Of(true),
            _ => Recognition.NotUnderstood<bool>(RecognitionProblem.NotYesOrNo),
        };
    }
}
