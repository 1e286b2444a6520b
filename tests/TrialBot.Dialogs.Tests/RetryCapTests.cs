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
    public async Task AFailedAnswerIsReaskedWithWhatWentWrongAndTheRetryPrompt()
    {
        var driver = await AtAgeQuestionAsync();

        var reask = await driver.SayExpectingOneReplyAsync("blue");

        Assert.Equal($"{NoNumber}\n\n{SampleIntakeDialogs.AgeRetry}", reask.Text);
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(reask));
    }

    [Fact]
    public async Task AfterThreeFailuresThePromptOffersIDontKnowAndHelp()
    {
        var driver = await AtAgeQuestionAsync();

        var cap = await ReachCapAsync(driver);

        Assert.Equal($"{NoNumber}\n\n{EnglishTexts.Get(DialogTextKeys.RetryCap)}", cap.Text);
        Assert.Equal(["I don't know", "Help"], cap.SuggestedActions.Actions.Select(action => action.Title));
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(cap));
        Assert.Equal(DialogTurnStatus.Waiting, driver.LastResult!.Status);
    }

    [Fact]
    public async Task SayingIDontKnowAtTheCapEndsWithDontKnow()
    {
        var driver = await AtAgeQuestionAsync();
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("I don't know");

        Assert.Equal(SampleIntakeDialogs.AgeUnknown, Assert.Single(replies).Text);
        Assert.Equal(new IntakeSummary(true, null), driver.LastResult!.Result);
    }

    [Fact]
    public async Task AValidAnswerAtTheCapIsStillAccepted()
    {
        var driver = await AtAgeQuestionAsync();
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("52");

        Assert.Equal(SampleIntakeDialogs.Closing(52), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task AnotherFailureAfterTheCapMovesOnAsDontKnowAndSaysSo()
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
    public async Task OnSmsTheCapChoicesAreNumberedAndOnePicksIDontKnow()
    {
        var driver = await AtAgeQuestionAsync("sms");

        var cap = await ReachCapAsync(driver);
        var replies = await driver.SayAsync("1");

        Assert.Contains("1. I don't know, 2. Help", cap.Text, StringComparison.Ordinal);
        Assert.Null(cap.SuggestedActions);
        Assert.Equal(SampleIntakeDialogs.AgeUnknown, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task OnSmsTwoAtTheCapGivesHelpThenTheQuestion()
    {
        var driver = await AtAgeQuestionAsync("sms");
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("2");

        Assert.Equal([EnglishTexts.Get(DialogTextKeys.Help), SampleIntakeDialogs.AgeQuestion], replies.Select(reply => reply.Text));
        Assert.Equal(DialogTurnStatus.Waiting, driver.LastResult!.Status);
    }

    [Fact]
    public async Task WithoutNumberedCapChoicesANumberIsAnAnswer()
    {
        var driver = await AtAgeQuestionAsync();
        await ReachCapAsync(driver);

        var replies = await driver.SayAsync("1");

        Assert.Equal(SampleIntakeDialogs.Closing(1), Assert.Single(replies).Text);
    }

    [Fact]
    public async Task TheCapCountCanBeSetPerPrompt()
    {
        var options = new PromptOptions { Prompt = "How old are you?", MaxAttempts = 1 };
        var driver = SinglePromptDialogs.Driver(SamplePrompts.Age("age"), options);
        await driver.SayAsync("start");

        var cap = await driver.SayExpectingOneReplyAsync("blue");

        Assert.EndsWith(EnglishTexts.Get(DialogTextKeys.RetryCap), cap.Text, StringComparison.Ordinal);
    }
}
