namespace TrialBot.Storage.Referrals;

/// <summary>Which referrals <see cref="IReferralStore.ListAsync"/> returns; unset criteria match everything.</summary>
public sealed record ReferralFilter
{
    /// <summary>Every referral.</summary>
    public static ReferralFilter All { get; } = new();

    /// <summary>Only referrals for this site.</summary>
    public string? SiteId { get; init; }

    /// <summary>Only referrals with this outcome.</summary>
    public string? OutcomeId { get; init; }

    /// <summary>Only referrals created at or after this time (inclusive).</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only referrals created before this time (exclusive).</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Only referrals in this workflow status.</summary>
    public string? Status { get; init; }

    /// <summary>Only referrals made on this channel (for example <c>sms</c>).</summary>
    public string? ChannelId { get; init; }

    /// <summary>Only requests to look again (true) or only ordinary referrals (false).</summary>
    public bool? ReviewRequested { get; init; }

    /// <summary>Only the screenings of this person (<see cref="Referral.PersonKey"/>).</summary>
    public string? PersonKey { get; init; }

    /// <summary>Only referrals for this trial: one trial id, matching a referral for several trials
    /// (<see cref="Referral.TrialId"/> <c>NCT05765006,…</c>) when it is one of them (<see cref="TrialIds.Includes"/>).</summary>
    public string? TrialId { get; init; }

    /// <summary>Whether <paramref name="referral"/> passes this filter.</summary>
    /// <param name="referral">The referral.</param>
    /// <returns><see langword="true"/> if it matches every criterion set.</returns>
    public bool Matches(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return (SiteId is null || referral.SiteId == SiteId)
            && (OutcomeId is null || referral.OutcomeId == OutcomeId)
            && (CreatedFrom is null || referral.CreatedAt >= CreatedFrom)
            && (CreatedBefore is null || referral.CreatedAt < CreatedBefore)
            && (Status is null || referral.Status == Status)
            && (ChannelId is null || referral.ChannelId == ChannelId)
            && (ReviewRequested is null || referral.ReviewRequested == ReviewRequested)
            && (PersonKey is null || referral.PersonKey == PersonKey)
            && (TrialId is null || TrialIds.Includes(referral.TrialId, TrialId));
    }
}
