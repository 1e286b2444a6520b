namespace TrialBot.Storage.Referrals;

/// <summary>
/// The person's answer to one of the optional questions the study team asks before its first call (treating
/// rheumatologist, earlier treatments, infections, pregnancy, records at hand, travel, best time to call), kept as said.
/// It is no screening answer: nothing reads or scores it. Health information: never log it.
/// </summary>
/// <param name="QuestionId">The question id (<c>precall.rheumatologist</c>).</param>
/// <param name="Label">The question's short label, in both languages.</param>
/// <param name="Said">The person's words; null when the question was skipped.</param>
public sealed record ReferralPreCallAnswer(string QuestionId, ReferralText Label, string? Said)
{
    /// <summary>True when the person skipped the question ("skip", "don't know", or "skip all" before it).</summary>
    public bool Skipped => Said is null;
}
