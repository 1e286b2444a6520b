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
        TrialId = "NCT05765006",
        Details = new ReferralDetails(
            [
                new ReferralAnswer("age", new ReferralText("Age", "年龄"), "我今年三十五", new ReferralText("35 years old", "35岁"), IsUnknown: false),
                new ReferralAnswer("sledai", new ReferralText("SLEDAI score", "SLEDAI评分"), "不知道", new ReferralText("don't know", "不知道"), IsUnknown: true),
            ],
            [new ReferralCriterion("I1", new ReferralText("Age 18–65", "年龄18–65岁"), "pass", new ReferralText("Age: 35 years old", "年龄：35岁"), new ReferralText("35 is within 18–65.", "35岁在18–65岁之间。"))],
            [new ReferralCheck("sledai", new ReferralText("SLEDAI score", "SLEDAI评分"))]),
    };
}
