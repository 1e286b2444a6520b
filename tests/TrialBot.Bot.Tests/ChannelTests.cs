using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class ChannelTests
{
    private const int SmsLimit = 1600;

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task Sms_gets_plain_short_messages_without_attachments_or_buttons(string language)
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: null);
        var book = AnswerBook.Eligible(language).With(("location", language == "zh" ? "不知道" : "I don't know"));

        var transcript = await ScreeningRun.RunAsync(driver, book, await driver.SayAsync(language == "zh" ? "你好" : "hi"));
        var referral = await driver.SayAsync("1");
        var help = await driver.SayAsync("help");

        var replies = transcript.AllReplies.Concat(referral).Concat(help).ToList();
        Assert.All(replies, reply =>
        {
            Assert.True(reply.Attachments is null || reply.Attachments.Count == 0, "An SMS reply carries an attachment.");
            Assert.Null(reply.SuggestedActions);
            Assert.InRange(reply.Text.Length, 1, SmsLimit);
            Assert.Equal(TextFormatTypes.Plain, reply.TextFormat);
        });
        Assert.InRange(transcript.Turns[0][0].Text.Length, 1, 320);
        Assert.Contains("1. ", transcript.Turns[0][^1].Text, StringComparison.Ordinal);
        Assert.Equal(DialogIdsForTests.ReferralSite, Replies.LastQuestionId(referral));
    }

    [Fact]
    public async Task A_long_outcome_on_sms_is_split_and_the_first_part_carries_the_entity()
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: "en-US");
        var book = AnswerBook.EligibleEnglish.With(
            ("kidney", "yes"),
            ("kidney.proteinuria", "I don't know"),
            ("kidney.creatinine", "I don't know"),
            ("antibodies", "I don't know"),
            ("sledai", "I don't know"),
            ("iga", "I don't know"),
            ("steroid-stable", "I don't know"),
            ("location", "Berlin"));

        var transcript = await ScreeningRun.RunAsync(driver, book);

        var outcomeMessages = transcript.LastReplies.SkipLast(1).ToList();
        Assert.All(transcript.LastReplies, reply => Assert.InRange(reply.Text.Length, 1, SmsLimit));
        Assert.NotNull(Replies.Outcome([outcomeMessages[0]]));
        Assert.Equal("needs-review", (string?)Replies.Outcome(outcomeMessages)!["outcome"]);
    }

    [Fact]
    public async Task Teams_strips_the_mention_of_the_bot_before_reading_the_answer()
    {
        await using var driver = ChatDriver.Create(channelId: "msteams", conversationType: "personal");
        await driver.JoinAsync();
        var message = driver.Adapter.MakeActivity($"<at>{ChatDriver.BotName}</at> yes");
        var mention = new Entity("mention");
        mention.Properties["mentioned"] = JObject.FromObject(new { id = ChatDriver.BotId, name = ChatDriver.BotName });
        mention.Properties["text"] = $"<at>{ChatDriver.BotName}</at>";
        message.Entities = [mention];

        var replies = await driver.SendAsync(message);

        Assert.Equal("age", Replies.LastQuestionId(replies));
    }

    [Fact]
    public async Task Teams_shows_yes_no_and_dont_know_as_three_suggested_actions_in_personal_chat()
    {
        await using var personal = ChatDriver.Create(channelId: "msteams", conversationType: "personal");

        var inPersonal = await ScreeningRun.RunAsync(personal, AnswerBook.EligibleEnglish, stopAt: "diagnosis");

        Assert.Equal(["Yes", "No", "I don't know"], inPersonal.LastReplies[^1].SuggestedActions.Actions.Select(action => action.Title));
    }

    [Fact]
    public async Task Teams_greets_on_the_install_not_on_the_member_added_update_that_comes_with_it()
    {
        await using var teams = ChatDriver.Create(channelId: "msteams");
        await using var webChat = ChatDriver.Create(channelId: "webchat");
        Activity MembersAdded(ChatDriver driver)
        {
            var joined = driver.Adapter.MakeActivity();
            joined.Type = ActivityTypes.ConversationUpdate;
            joined.Text = null;
            joined.MembersAdded = [new ChannelAccount(ChatDriver.UserId, "Person")];
            return joined;
        }

        var inTeams = await teams.SendAsync(MembersAdded(teams));
        var inWebChat = await webChat.SendAsync(MembersAdded(webChat));
        var installed = await teams.JoinAsync();

        Assert.Empty(inTeams);
        Assert.Equal("consent", Replies.LastQuestionId(inWebChat));
        Assert.Equal("consent", Replies.LastQuestionId(installed));
    }

    [Fact]
    public async Task Teams_greets_when_the_app_is_installed()
    {
        await using var driver = ChatDriver.Create(channelId: "msteams");
        var installed = driver.Adapter.MakeActivity();
        installed.Type = ActivityTypes.InstallationUpdate;
        installed.Action = "add";
        installed.Text = null;

        var replies = await driver.SendAsync(installed);

        Assert.StartsWith("Hello! I am TrialBot.", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("consent", Replies.LastQuestionId(replies));
    }

    [Fact]
    public async Task The_greeting_is_sent_once_on_join_and_the_first_message_answers_the_consent_question()
    {
        await using var driver = ChatDriver.Create();

        var joined = await driver.JoinAsync();
        var answered = await driver.SayAsync("yes");

        Assert.Equal(2, joined.Count);
        Assert.Contains("NCT05765006", joined[0].Text, StringComparison.Ordinal);
        Assert.Contains("relma-cel", joined[0].Text, StringComparison.Ordinal);
        Assert.Contains("not a medical decision", joined[0].Text, StringComparison.Ordinal);
        Assert.Contains("中文", joined[0].Text, StringComparison.Ordinal);
        Assert.Equal("age", Replies.LastQuestionId(answered));
        Assert.Single(answered);
    }

    [Fact]
    public async Task Without_a_join_the_first_message_gets_the_greeting_and_the_consent_question()
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: null);

        var replies = await driver.SayAsync("hello");

        Assert.StartsWith("Hi, I'm TrialBot", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("consent", Replies.LastQuestionId(replies));
    }
}
