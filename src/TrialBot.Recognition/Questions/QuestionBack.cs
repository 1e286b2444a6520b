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

    /// <summary>
    /// True when the message only asks: every sentence of it ends with a question mark, and the first asks about the question
    /// itself ("从啥时候算呀？是22年说是结缔组织病那会儿，还是后来确定是狼疮的时候？", "do you mean when they said UCTD in 2022 or
    /// when they said lupus?"). A figure in such a message belongs to the question, not to an answer; "3 years?" (a
    /// figure said with doubt) does not ask about the question.
    /// </summary>
    /// <param name="text">The message, as typed.</param>
    /// <returns>True for a message of questions only; false when any part of it is said as a statement.</returns>
    public static bool OnlyAsks(string? text)
    {
        if (!InputGuard.Normalize(text).TryGetValue(out var normalized))
        {
            return false;
        }

        var folded = AnswerText.Fold(normalized).TrimEnd();
        if (!folded.EndsWith('?') && !folded.EndsWith('？'))
        {
            return false;
        }

        var sentences = SentenceEnd().Split(folded);
        var ends = SentenceEnd().Matches(folded);
        if (ends.Any(end => end.Value.Trim() is not ("?" or "？")))
        {
            return false;
        }

        var first = sentences.FirstOrDefault(sentence => sentence.Trim().Length > 0) ?? string.Empty;
        return QuestionWords().IsMatch(first) || AsksHowToCount().IsMatch(first);
    }

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
    /// <summary>The end of a sentence: a question mark, a full stop, an exclamation mark or a semicolon (a decimal point is none).</summary>
    [GeneratedRegex(@"[?？。!！;；]+|\.(?!\d)")]
    private static partial Regex SentenceEnd();

    /// <summary>从啥时候算, 什么时候开始算, 算哪个, 从哪次算: asking from when or what to count.</summary>
    [GeneratedRegex(@"(?:啥|什么|哪)(?:时候|个|次|天|年)?(?:开始|起)?算|算(?:哪|啥|什么)|从(?:啥|什么|哪)")]
    private static partial Regex AsksHowToCount();

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
