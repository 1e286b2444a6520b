using Microsoft.Bot.Schema;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>In a Teams group chat or channel, which others can read, the bot asks no health question: it invites to a personal chat.</summary>
public sealed class SharedConversationTests
{
    [Theory]
    [InlineData("groupChat", "en-US", "personal (one-to-one) chat")]
    [InlineData("channel", "en-US", "personal (one-to-one) chat")]
    [InlineData("groupChat", "zh-CN", "一对一的私聊")]
    public async Task A_message_in_a_shared_conversation_gets_the_invitation_and_no_question(string conversationType, string locale, string invitation)
    {
        await using var chat = ChatDriver.Create(channelId: "msteams", locale: locale, conversationType: conversationType);

        var replies = await chat.SayAsync("hello");

        var reply = Assert.Single(replies);
        Assert.Contains(invitation, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(replies.SelectMany(activity => activity.Entities ?? []), entity => entity.Type == "trialbot/question");
    }

    [Fact]
    public async Task The_same_person_in_a_personal_chat_is_screened()
    {
        await using var chat = ChatDriver.Create(channelId: "msteams", conversationType: "personal");

        var replies = await chat.SayAsync("hello");

        Assert.Contains(replies.SelectMany(activity => activity.Entities ?? []), entity => entity.Type == "trialbot/question");
    }
}
