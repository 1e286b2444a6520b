namespace TrialBot.Bot.Flow;

/// <summary>What the referral dialog ends with once a referral is stored (plain data: it becomes the pre-call dialog's
/// stored options).</summary>
/// <param name="ReferralId">The stored referral's id.</param>
/// <param name="TrialIds">The trials it is for, comma-separated (the referral's trial id), or null.</param>
internal sealed record StoredReferral(Guid ReferralId, string? TrialIds = null);
