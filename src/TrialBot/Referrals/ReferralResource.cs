using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals;

/// <summary>A referral as the referral API returns it in JSON (camel case; times in UTC, ISO 8601). The conversation's
/// hash stays inside the service.</summary>
internal sealed record ReferralResource(
    Guid Id,
    DateTimeOffset CreatedAt,
    string OutcomeId,
    string SiteId,
    string ContactName,
    string? ContactPhone,
    string? ContactEmail,
    DateTimeOffset ConsentedAt,
    string Locale,
    string ChannelId,
    DateTimeOffset? ContactedAt,
    IReadOnlyDictionary<string, string> CriterionResults)
{
    public static ReferralResource From(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return new ReferralResource(
            referral.Id,
            referral.CreatedAt.ToUniversalTime(),
            referral.OutcomeId,
            referral.SiteId,
            referral.ContactName,
            referral.ContactPhone,
            referral.ContactEmail,
            referral.ConsentedAt.ToUniversalTime(),
            referral.Locale,
            referral.ChannelId,
            referral.ContactedAt?.ToUniversalTime(),
            referral.CriterionResults);
    }
}
