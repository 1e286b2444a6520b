namespace TrialBot.Storage.Referrals;

/// <summary>One criterion of the trial as the screening judged it, with its plain reason.</summary>
/// <param name="CriterionId">I1–I6, E1–E6.</param>
/// <param name="Title">The criterion's short title.</param>
/// <param name="Status"><c>pass</c>, <c>fail</c> or <c>unknown</c>.</param>
/// <param name="Answer">The answers it rests on.</param>
/// <param name="Reason">Why it has that status.</param>
public sealed record ReferralCriterion(string CriterionId, ReferralText Title, string Status, ReferralText Answer, ReferralText Reason);
