using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals;

/// <summary>A referral as the referral API returns it in JSON (camel case; times in UTC, ISO 8601). The conversation's
/// hash stays inside the service. <see cref="Screenings"/> lists every screening of the same person (this one
/// included), oldest first, when the referral is read on its own; <see cref="Person"/> (in the list too) names the
/// person and counts their screenings. <see cref="PreCall"/> holds the answers to the study team's optional pre-call
/// questions, as said (skipped ones without words).</summary>
internal sealed record ReferralResource(
    Guid Id,
    DateTimeOffset CreatedAt,
    string? TrialId,
    string OutcomeId,
    string SiteId,
    string ContactName,
    string? ContactPhone,
    string? ContactEmail,
    DateTimeOffset ConsentedAt,
    string Locale,
    string ChannelId,
    DateTimeOffset? ContactedAt,
    string Status,
    bool ReviewRequested,
    string PersonKey,
    IReadOnlyDictionary<string, string> CriterionResults,
    IReadOnlyList<ReferralAnswer> Answers,
    IReadOnlyList<ReferralCriterion> Criteria,
    IReadOnlyList<ReferralCheck> ToConfirm,
    IReadOnlyList<ReferralEvent> History,
    IReadOnlyList<string> NextStatuses,
    IReadOnlyList<ScreeningResource>? Screenings,
    IReadOnlyList<ReferralPreCallAnswer> PreCall,
    PersonResource? Person)
{
    public static ReferralResource From(Referral referral, IReadOnlyList<Referral>? screenings = null, int? personScreenings = null)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new ReferralResource(
            referral.Id,
            referral.CreatedAt.ToUniversalTime(),
            referral.TrialId,
            referral.OutcomeId,
            referral.SiteId,
            referral.ContactName,
            referral.ContactPhone,
            referral.ContactEmail,
            referral.ConsentedAt.ToUniversalTime(),
            referral.Locale,
            referral.ChannelId,
            referral.ContactedAt?.ToUniversalTime(),
            referral.Status,
            referral.ReviewRequested,
            referral.PersonKey,
            referral.CriterionResults,
            referral.Details.Answers,
            referral.Details.Criteria,
            referral.Details.ToConfirm,
            [.. referral.History.Select(entry => entry with { At = entry.At.ToUniversalTime() })],
            ReferralWorkflow.Transitions.GetValueOrDefault(referral.Status) ?? [],
            screenings?.Select(ScreeningResource.From).ToList(),
            referral.Details.PreCall,
            string.IsNullOrEmpty(referral.PersonKey) ? null : new PersonResource(referral.PersonKey, personScreenings ?? screenings?.Count ?? 1));
    }
}

/// <summary>Who a referral is about across screenings: the person key (the same phone number in E.164 or e-mail address
/// gives the same key) and how many screenings of that person the caller can see (this one included).</summary>
internal sealed record PersonResource(string Key, int Screenings);

/// <summary>One screening of a person, in a referral's list of the person's screenings.</summary>
internal sealed record ScreeningResource(Guid Id, DateTimeOffset CreatedAt, string OutcomeId, string Status, string SiteId, string ChannelId, bool ReviewRequested)
{
    public static ScreeningResource From(Referral referral) =>
        new(referral.Id, referral.CreatedAt.ToUniversalTime(), referral.OutcomeId, referral.Status, referral.SiteId, referral.ChannelId, referral.ReviewRequested);
}

/// <summary>The workflow as <c>GET /api/referrals/workflow</c> returns it: the statuses, the allowed transitions and
/// the statuses that need a reason.</summary>
internal sealed record WorkflowResource(IReadOnlyList<string> Statuses, IReadOnlyDictionary<string, IReadOnlyList<string>> Transitions, IReadOnlySet<string> NeedReason);
