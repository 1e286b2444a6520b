using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class RetryCapTests
{
    private static readonly string NoNumber = EnglishTexts.Get(DialogTextKeys.NotUnderstood);

    private static async Task<ConversationDriver> AtAgeQuestionAsync(string channelId = "test")
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage(), conversation: ConversationDriver.Conversation(channelId));
        await driver.SayAsync("hi");
        await driver.SayAsync("yes");
        return driver;
    }

    private static async Task<Activity> ReachCapAsync(ConversationDriver driver)
    {
        await driver.SayAsync("blue");
        await driver.SayAsync("green");
        return await driver.SayExpectingOneReplyAsync("red");
    }

    [Fact]
    public async Task A_failed_answer_is_reasked_with_what_went_wrong_and_the_retry_prompt()
    {
        var driver = await AtAgeQuestionAsync();

        var reask = await driver.SayExpectingOneReplyAsync("blue");

        Assert.Equal($"{NoNumber}\n\n{SampleIntakeDialogs.AgeRetry}", reask.Text);
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(reask));
    }

    [Fact]
    public async Task After_three_failures_the_prompt_offers_i_dont_know_and_help()
    {
        var driver = await AtAgeQuestionAsync();

        var cap = await ReachCapAsync(driver);

        Assert.Equal($"{NoNumber}\n\n{EnglishTexts.Get(DialogTextKeys.RetryCap)}", cap.Text);
        Assert.Equal(["I don't know", "Help"], cap.SuggestedActions.Actions.Select(action => action.Title));
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(cap));
        Assert.Equal(DialogTurnStatus.Waiting, driver.LastResult!.Status);
    }

    [Fact]
    public async Task Saying_i_dont_know_at_the_cap_ends_with_dont_know()
    {
        var driver = await AtAgeQuestionAsync();
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("I don't know");

        Assert.Equal(SampleIntakeDialogs.AgeUnknown, Assert.Single(replies).Text);
        Assert.Equal(new IntakeSummary(true, null), driver.LastResult!.Result);
    }

    [Fact]
    public async Task A_valid_answer_at_the_cap_is_still_accepted()
    {
        var driver = await AtAgeQuestionAsync();
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("52");

        Assert.Equal(SampleIntakeDialogs.Closing(52), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Another_failure_after_the_cap_moves_on_as_dont_know_and_says_so()
    {
        var driver = await AtAgeQuestionAsync();
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("yellow");

        Assert.Equal(2, replies.Count);
        Assert.Equal($"{NoNumber}\n\n{EnglishTexts.Get(DialogTextKeys.MovingOn)}", replies[0].Text);
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(replies[0]));
        Assert.Equal(SampleIntakeDialogs.AgeUnknown, replies[1].Text);
    }

    [Fact]
    public async Task On_sms_the_cap_choices_are_numbered_and_one_picks_i_dont_know()
    {
        var driver = await AtAgeQuestionAsync("sms");

        var cap = await ReachCapAsync(driver);
        var replies = await driver.SayAsync("1");

        Assert.Contains("1. I don't know, 2. Help", cap.Text, StringComparison.Ordinal);
        Assert.Null(cap.SuggestedActions);
        Assert.Equal(SampleIntakeDialogs.AgeUnknown, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task On_sms_two_at_the_cap_gives_help_then_the_question()
    {
        var driver = await AtAgeQuestionAsync("sms");
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("2");

        Assert.Equal([EnglishTexts.Get(DialogTextKeys.Help), SampleIntakeDialogs.AgeQuestion], replies.Select(reply => reply.Text));
        Assert.Equal(DialogTurnStatus.Waiting, driver.LastResult!.Status);
    }

    [Fact]
    public async Task Without_numbered_cap_choices_a_number_is_an_answer()
    {
        var driver = await AtAgeQuestionAsync();
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("1");

        Assert.Equal(SampleIntakeDialogs.Closing(1), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task The_cap_count_can_be_set_per_prompt()
    {
        var options = new PromptOptions { Prompt = "How old are you?", MaxAttempts = 1 };
        var driver = SinglePromptDialogs.Driver(SamplePrompts.Age("age"), options);
        await driver.SayAsync("start");

        var cap = await driver.SayExpectingOneReplyAsync("blue");

        Assert.EndsWith(EnglishTexts.Get(DialogTextKeys.RetryCap), cap.Text, StringComparison.Ordinal);
    }
}
