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

    /// <summary>
    /// True when a clause of an answer (from <paramref name="start"/> to <paramref name="end"/> of the folded text) is
    /// asked, not stated: it ends with a question mark, opens as a question ("would i have to stop those", "do i need
    /// to"), ends with a question mark after a step to come ("and i'd have to stop the pred?"), or is asked the Chinese
    /// way (要停药吗, 用不用停): "plaquenil and pred. would i have to stop those?" stops nothing.
    /// </summary>
    internal static bool IsQuestionClause(string folded, int start, int end)
    {
        var clause = folded[start..end];
        return ClauseOpensAsQuestion().IsMatch(clause) || ChineseQuestionClause().IsMatch(clause)
            || (QuestionMarkNext().IsMatch(folded, end) && Modal().IsMatch(clause));
    }

    /// <summary>What a question about a step to come asks with ("have to", "need to", "should"): a statement said with a
    /// rising tone ("i stopped cellcept last year?") has none, and stands.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:would|will|should|must|have to|has to|need to|needs to|gonna|going to|can|could)(?![a-z])")]
    private static partial Regex Modal();

    [GeneratedRegex(@"\G\s*[?？]")]
    private static partial Regex QuestionMarkNext();

    [GeneratedRegex(@"^\s*(?:(?:and|so|but)\s+)?(?:would|will|should|do|does|did|can|could|must|shall|am|is|are)\s+(?:i|we|you|they|he|she|it|my|that|this|those|these)(?![a-z])")]
    private static partial Regex ClauseOpensAsQuestion();

    [GeneratedRegex(@"(?:吗|么|嘛)\s*$|(\p{IsCJKUnifiedIdeographs})[不没]\1")]
    private static partial Regex ChineseQuestionClause();

    [GeneratedRegex(@"^\s*(?:what|whats|wats|wat|how|why|which|does|do you|do i|is it|is that|is a|is an|can you|could you|should i|where|who)(?![a-z])|\bdo you mean\b|什么是|是什么|什么叫|啥叫|什么算|什么意思|啥意思|怎么算|为什么|是不是|(?:吗|呢|嘛|算不算)\s*$")]
    private static partial Regex QuestionWords();
}
