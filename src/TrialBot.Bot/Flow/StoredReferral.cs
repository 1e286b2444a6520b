namespace TrialBot.Bot.Flow;

/// <summary>What the referral dialog ends with once a referral is stored (plain data: it becomes the pre-call dialog's
/// stored options).</summary>
/// <param name="ReferralId">The stored referral's id.</param>
internal sealed record StoredReferral(Guid ReferralId);
