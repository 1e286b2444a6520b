using System.Text.RegularExpressions;
using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Questions;

/// <summary>
/// Tells a question asked back from an answer: "what's sledai?", "does a cornea count?", "do you mean now or ever",
/// 偏头痛算吗？, 透析是什么, 什么意思. A message that ends with a question mark, opens with a question word, or ends with a
/// Chinese question particle; whether it also answers is for the question's reader to say.
/// </summary>
public static partial class QuestionBack
{
    /// <summary>True when <paramref name="text"/> is asked as a question.</summary>
    /// <param name="text">The message, as typed.</param>
    /// <returns>True for a question; false for a statement, or for nothing readable.</returns>
    public static bool IsQuestion(string? text) =>
        InputGuard.Normalize(text).TryGetValue(out var normalized) && IsFoldedQuestion(AnswerText.Fold(normalized));

    /// <summary>True when a folded message (<see cref="AnswerText.Fold"/>) is asked as a question.</summary>
    internal static bool IsFoldedQuestion(string folded)
    {
        var trimmed = folded.TrimEnd();
        return trimmed.EndsWith('?') || trimmed.EndsWith('？') || QuestionWords().IsMatch(folded);
    }

    [GeneratedRegex(@"^\s*(?:what|whats|wats|wat|how|why|which|does|do you|do i|is it|is that|is a|is an|can you|could you|should i|where|who)(?![a-z])|\bdo you mean\b|什么是|是什么|什么叫|啥叫|什么算|什么意思|啥意思|怎么算|为什么|是不是|(?:吗|呢|嘛|算不算)\s*$")]
    private static partial Regex QuestionWords();
}
