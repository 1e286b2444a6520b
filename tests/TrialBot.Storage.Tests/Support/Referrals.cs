using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Tests.Support;

/// <summary>Referrals for tests.</summary>
internal static class Referrals
{
    public static Referral For(ConversationKey conversation, DateTimeOffset createdAt, string siteId = "shanghai", string outcomeId = "likely-eligible") => new()
    {
        Id = Guid.NewGuid(),
        CreatedAt = createdAt,
        OutcomeId = outcomeId,
        CriterionResults = new Dictionary<string, string> { ["age"] = "met", ["sledai"] = "unknown" },
        SiteId = siteId,
        ContactName = "李雷",
        ContactPhone = "+86 138 0000 0000",
        ContactEmail = null,
        ConsentedAt = createdAt.AddMinutes(-1),
        Locale = "zh-CN",
        ChannelId = conversation.ChannelId,
        ConversationKeyHash = conversation.Hash,
    };
}
