namespace TrialBot.Storage.Referrals;

/// <summary>Something the study team must confirm at screening: a question whose answer was missing, "don't know",
/// or could not decide its criterion.</summary>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Label">The question's short label.</param>
public sealed record ReferralCheck(string QuestionId, ReferralText Label);
