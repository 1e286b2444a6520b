namespace TrialBot.Storage.Referrals;

/// <summary>One screening answer of a referral: what the person said and how the bot understood it.</summary>
/// <param name="QuestionId">The question's id (for example <c>age</c>).</param>
/// <param name="Label">The question's short label ("Age").</param>
/// <param name="Said">The person's own words, as typed (or the choice they picked); null when not kept.</param>
/// <param name="Understood">The reading the screening used, in plain words ("45 years old").</param>
/// <param name="IsUnknown">True when the person did not know (or the answer could not decide anything).</param>
public sealed record ReferralAnswer(string QuestionId, ReferralText Label, string? Said, ReferralText Understood, bool IsUnknown);
