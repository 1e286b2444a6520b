namespace TrialBot.Storage.Referrals;

/// <summary>What came of a <see cref="StatusChange"/>.</summary>
/// <param name="Outcome">Changed, not found, or refused by the workflow.</param>
/// <param name="Referral">The referral after the change (or as it stands when refused); null when not found.</param>
/// <param name="Problem">Why it was refused.</param>
public sealed record StatusChangeResult(StatusChangeOutcome Outcome, Referral? Referral, string? Problem);
