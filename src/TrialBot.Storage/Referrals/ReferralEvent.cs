namespace TrialBot.Storage.Referrals;

/// <summary>One entry of a referral's append-only history: a status change, a note or a contact attempt.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (an account's name, or <c>api-key</c>, or <c>bot</c>).</param>
/// <param name="Kind">What kind of entry (<see cref="ReferralEventKinds"/>).</param>
/// <param name="FromStatus">The status before, for a status change.</param>
/// <param name="ToStatus">The status after, for a status change.</param>
/// <param name="Note">The note, if any: free text of the study team (may hold health information; never log it).</param>
public sealed record ReferralEvent(DateTimeOffset At, string Actor, string Kind, string? FromStatus, string? ToStatus, string? Note);
