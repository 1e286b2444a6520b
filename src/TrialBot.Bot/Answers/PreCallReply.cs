namespace TrialBot.Bot.Answers;

/// <summary>
/// The reply to one of the study team's pre-call questions: the person's words, a skip, or "skip all". Lives only within
/// the turn (the prompt's result). The words are health information: never log them.
/// </summary>
/// <param name="Said">The words as typed; null for a skip.</param>
/// <param name="SkipsAll">True for "skip all": no more pre-call questions.</param>
internal sealed record PreCallReply(string? Said, bool SkipsAll)
{
    /// <summary>Gets a skip of this one question.</summary>
    public static PreCallReply Skip { get; } = new(null, false);

    /// <summary>Gets "skip all".</summary>
    public static PreCallReply SkipAll { get; } = new(null, true);
}
