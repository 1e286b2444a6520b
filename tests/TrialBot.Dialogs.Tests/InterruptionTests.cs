using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Commands;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

public class InterruptionTests
{
    private static async Task<ConversationDriver> AtAgeQuestionAsync(DialogEngineOptions? options = null)
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage(), options);
        await driver.SayAsync("hi");
        await driver.SayAsync("yes");
        return driver;
    }

    [Theory]
    [InlineData("help")]
    [InlineData("  HELP! ")]
    [InlineData("Help?")]
    [InlineData("ＨＥＬＰ")]
    public async Task Help_explains_then_asks_the_current_question_again(string utterance)
    {
        var driver = await AtAgeQuestionAsync();

        var replies = await driver.SayAsync(utterance);

        Assert.Equal([EnglishTexts.Get(DialogTextKeys.Help), SampleIntakeDialogs.AgeQuestion], replies.Select(reply => reply.Text));
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(replies[1]));
        Assert.Equal(SampleIntakeDialogs.Closing(40), Assert.Single(await driver.SayAsync("40")).Text);
    }

    [Fact]
    public async Task Help_does_not_count_as_a_failed_attempt()
    {
        var driver = await AtAgeQuestionAsync();
        await driver.SayAsync("blue");
        await driver.SayAsync("help");
        await driver.SayAsync("help");

        var reask = await driver.SayExpectingOneReplyAsync("green");

        Assert.EndsWith(SampleIntakeDialogs.AgeRetry, reask.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("restart")]
    [InlineData("Start over.")]
    public async Task Restart_clears_the_stack_and_begins_the_root_dialog(string utterance)
    {
        var driver = await AtAgeQuestionAsync();

        var replies = await driver.SayAsync(utterance);

        Assert.Equal(
            [EnglishTexts.Get(DialogTextKeys.Restarting), SampleIntakeDialogs.Greeting, SampleIntakeDialogs.ConsentQuestion],
            replies.Select(reply => reply.Text));
        Assert.Equal(SampleIntakeDialogs.AgeQuestion, (await driver.SayExpectingOneReplyAsync("yes")).Text);
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("Stop")]
    [InlineData("stop.")]
    public async Task Cancel_ends_everything_with_a_message(string utterance)
    {
        var driver = await AtAgeQuestionAsync();

        var replies = await driver.SayAsync(utterance);

        Assert.Equal(EnglishTexts.Get(DialogTextKeys.Cancelled), Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Cancelled, driver.LastResult!.Status);
        Assert.Equal(SampleIntakeDialogs.Greeting, (await driver.SayAsync("hello"))[0].Text);
    }

    [Theory]
    [InlineData("I stopped taking it")]
    [InlineData("help me understand")]
    [InlineData("cancel my appointment")]
    [InlineData("I had to start over with a new doctor")]
    public async Task Command_words_inside_an_answer_are_the_answer(string answer)
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root", [
                (step, cancellationToken) => step.PromptAsync("what", new PromptOptions { Prompt = "What happened?" }, cancellationToken),
                async (step, cancellationToken) =>
                {
                    await step.Context.SendActivityAsync($"You said: {((PromptResult<string>)step.Result!).Value}", cancellationToken: cancellationToken);
                    return await step.EndDialogAsync(null, cancellationToken);
                },
            ]))
            .Add(SamplePrompts.Words("what"));
        var driver = new ConversationDriver(dialogs, "root", new MemoryStorage());
        await driver.SayAsync("hi");

        var replies = await driver.SayAsync(answer);

        Assert.Equal($"You said: {answer}", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task The_application_adds_phrases_in_other_languages()
    {
        var options = new DialogEngineOptions { Commands = CommandSet.CreateDefault().AddPhrases(BuiltInCommands.Help, "帮助") };
        var driver = await AtAgeQuestionAsync(options);

        var replies = await driver.SayAsync("帮助！");

        Assert.Equal([EnglishTexts.Get(DialogTextKeys.Help), SampleIntakeDialogs.AgeQuestion], replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task The_application_adds_its_own_commands()
    {
        var commands = CommandSet.CreateDefault().Add(
            "contact",
            async (dialogContext, cancellationToken) =>
            {
                await dialogContext.Context.SendActivityAsync("The study team's contact details are on the study page.", cancellationToken: cancellationToken);
                await dialogContext.RepromptDialogAsync(cancellationToken);
                return DialogTurnResult.Waiting;
            },
            "contact", "联系");
        var driver = await AtAgeQuestionAsync(new DialogEngineOptions { Commands = commands });

        var replies = await driver.SayAsync("联系");

        Assert.Equal(["The study team's contact details are on the study page.", SampleIntakeDialogs.AgeQuestion], replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task Help_before_any_dialog_begins_the_root_dialog()
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage());

        var replies = await driver.SayAsync("help");

        Assert.Equal(
            [EnglishTexts.Get(DialogTextKeys.Help), SampleIntakeDialogs.Greeting, SampleIntakeDialogs.ConsentQuestion],
            replies.Select(reply => reply.Text));
    }
}
