namespace TrialBot.Storage.Referrals;

/// <summary>A request to move a referral to another status.</summary>
/// <param name="ToStatus">The new status (<see cref="ReferralStatuses"/>).</param>
/// <param name="Actor">Who asks (written in the history).</param>
/// <param name="Note">Why, or what happened; required for <see cref="ReferralStatuses.NotEligible"/>.</param>
public sealed record StatusChange(string ToStatus, string Actor, string? Note);
