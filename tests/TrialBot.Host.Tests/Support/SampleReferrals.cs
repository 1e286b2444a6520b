using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests.Support;

/// <summary>Referrals as the bot would store them, with the fields a test cares about set.</summary>
internal static class SampleReferrals
{
    public static readonly DateTimeOffset March1 = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static Referral Create(
        string name = "Li Na",
        string siteId = "shanghai-renji",
        string outcomeId = "likely-eligible",
        DateTimeOffset? createdAt = null,
        string? phone = "+86 138 0000 0000",
        string? email = null)
    {
        var created = createdAt ?? March1;
        return new Referral
        {
            Id = Guid.NewGuid(),
            CreatedAt = created,
            OutcomeId = outcomeId,
            CriterionResults = new Dictionary<string, string> { ["age"] = "met", ["sledai"] = "unknown" },
            SiteId = siteId,
            ContactName = name,
            ContactPhone = phone,
            ContactEmail = email,
            ConsentedAt = created,
            Locale = "zh-CN",
            ChannelId = "webchat",
            ConversationKeyHash = new ConversationKey("webchat", Guid.NewGuid().ToString("N")).Hash,
        };
    }
}
