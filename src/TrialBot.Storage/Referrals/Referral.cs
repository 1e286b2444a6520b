namespace TrialBot.Storage.Referrals;

/// <summary>
/// A person who finished screening, consented to be contacted and left contact details for a study site. It holds
/// health information (the per-criterion results): never log it.
/// </summary>
public sealed record Referral
{
    /// <summary>The referral's id (not <see cref="Guid.Empty"/>).</summary>
    public required Guid Id { get; init; }

    /// <summary>When the referral was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The screening outcome's id (for example <c>likely-eligible</c>).</summary>
    public required string OutcomeId { get; init; }

    /// <summary>The result of each criterion, by criterion id (for example <c>age</c> → <c>met</c>); stored as a JSON
    /// object.</summary>
    public required IReadOnlyDictionary<string, string> CriterionResults { get; init; }

    /// <summary>The study site chosen (an id from the site directory).</summary>
    public required string SiteId { get; init; }

    /// <summary>The name the person gave.</summary>
    public required string ContactName { get; init; }

    /// <summary>A telephone number; this or <see cref="ContactEmail"/> is required.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>An e-mail address; this or <see cref="ContactPhone"/> is required.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>When the person consented to be contacted.</summary>
    public required DateTimeOffset ConsentedAt { get; init; }

    /// <summary>The conversation's locale (for example <c>en-US</c>, <c>zh-CN</c>).</summary>
    public required string Locale { get; init; }

    /// <summary>The channel the conversation took place on.</summary>
    public required string ChannelId { get; init; }

    /// <summary>The conversation's <see cref="Conversations.ConversationKey.Hash"/>, which lets "delete my data" find
    /// the referral without storing the conversation id.</summary>
    public required string ConversationKeyHash { get; init; }

    /// <summary>When the study team marked the person as contacted, or <see langword="null"/> if not yet.</summary>
    public DateTimeOffset? ContactedAt { get; init; }

    /// <summary>Whether the study team has contacted the person.</summary>
    public bool IsContacted => ContactedAt is not null;

    /// <summary>The trial the person was screened for (for example <c>NCT05765006</c>); with several trials screened
    /// for at once, the trials the referral is for, comma-separated (<c>NCT05765006,…</c>, see
    /// <see cref="TrialIds"/>); null for referrals stored before it was kept.</summary>
    public string? TrialId { get; init; }

    /// <summary>Who the person is across screenings: a digest of the normalised contact (see
    /// <see cref="ContactNormalizer.PersonKey"/>); set by the store.</summary>
    public string PersonKey { get; init; } = string.Empty;

    /// <summary>Where the referral stands in the study team's workflow (<see cref="ReferralStatuses"/>).</summary>
    public string Status { get; init; } = ReferralStatuses.New;

    /// <summary>True when a person told they are likely ineligible asked the study team to look at their answers again
    /// (such referrals form their own queue).</summary>
    public bool ReviewRequested { get; init; }

    /// <summary>The answers as said and understood, the criteria with their reasons, and what to confirm at screening.
    /// Health information: never log it.</summary>
    public ReferralDetails Details { get; init; } = ReferralDetails.Empty;

    /// <summary>The append-only history (status changes, notes, contact attempts), oldest first; filled when read.</summary>
    public IReadOnlyList<ReferralEvent> History { get; init; } = [];
}
