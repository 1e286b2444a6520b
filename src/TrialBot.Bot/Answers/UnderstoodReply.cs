using TrialBot.Screening.Answers;

namespace TrialBot.Bot.Answers;

/// <summary>
/// The reply to "So … — is that right?": yes, no, or a corrected answer to the question (read with the question's own
/// recognizer). Lives only within the turn (the prompt's result).
/// </summary>
/// <param name="IsRight">True when the person said the reading was right (perhaps with more words that read as an answer:
/// <paramref name="Correction"/>), false when they said it was not or corrected it.</param>
/// <param name="Correction">The corrected answer, or null.</param>
internal sealed record UnderstoodReply(bool IsRight, Answer? Correction)
{
    /// <summary>Gets "yes, that is right".</summary>
    public static UnderstoodReply Right { get; } = new(true, null);

    /// <summary>Gets "no, that is wrong".</summary>
    public static UnderstoodReply Wrong { get; } = new(false, null);

    /// <summary>A corrected answer.</summary>
    /// <param name="answer">The corrected answer.</param>
    /// <returns>The reply.</returns>
    public static UnderstoodReply Corrected(Answer answer) => new(false, answer);

    /// <summary>"Yes", said with more words that read as an answer ("对，就是0.06。医生说这叫IgA缺乏").</summary>
    /// <param name="answer">The answer the rest of the reply reads as.</param>
    /// <returns>The reply.</returns>
    public static UnderstoodReply RightWith(Answer answer) => new(true, answer);
}
