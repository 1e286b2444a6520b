using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Commands;
using TrialBot.Dialogs.Tests.Support;

namespace TrialBot.Dialogs.Tests;

public class CommandMatcherTests
{
    private const string Question = "A question about the study";

    private static CommandHandler Says(string text) => async (dialogContext, cancellationToken) =>
    {
        await dialogContext.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
        await dialogContext.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    };

    private static async Task<ConversationDriver> AtAgeQuestionAsync(CommandSet commands)
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage(), new DialogEngineOptions { Commands = commands });
        await driver.SayAsync("hi");
        await driver.SayAsync("yes");
        return driver;
    }

    [Fact]
    public async Task A_matcher_gives_its_command_and_the_question_is_asked_again()
    {
        var commands = CommandSet.CreateDefault()
            .AddMatcher("faq", Says(Question), (dialogContext, _) => Task.FromResult(dialogContext.Context.Activity.Text.Contains("cost", StringComparison.Ordinal)));
        var driver = await AtAgeQuestionAsync(commands);

        var replies = await driver.SayAsync("what does it cost?");

        Assert.Equal([Question, SampleIntakeDialogs.AgeQuestion], replies.Select(reply => reply.Text));
        Assert.Equal(SampleIntakeDialogs.Closing(40), Assert.Single(await driver.SayAsync("40")).Text);
    }

    [Fact]
    public async Task A_message_no_matcher_accepts_is_the_answer()
    {
        var commands = CommandSet.CreateDefault().AddMatcher("never", Says(Question), (_, _) => Task.FromResult(false));
        var driver = await AtAgeQuestionAsync(commands);

        Assert.Equal(SampleIntakeDialogs.Closing(40), Assert.Single(await driver.SayAsync("40")).Text);
    }

    [Fact]
    public async Task Matchers_see_the_stack_as_it_was_before_the_message()
    {
        string? activeDialogId = null;
        var commands = CommandSet.CreateDefault().AddMatcher("look", Says(Question), (dialogContext, _) =>
        {
            activeDialogId = dialogContext.ActiveDialog?.DialogId;
            return Task.FromResult(false);
        });
        var driver = await AtAgeQuestionAsync(commands);

        await driver.SayAsync("40");

        Assert.Equal(SampleIntakeDialogs.AgePromptId, activeDialogId);
    }

    [Fact]
    public async Task A_phrase_wins_over_a_matcher_and_matchers_are_asked_in_order()
    {
        var asked = new List<string>();
        CommandMatcher Accepting(string name) => (_, _) =>
        {
            asked.Add(name);
            return Task.FromResult(true);
        };
        var commands = CommandSet.CreateDefault()
            .AddMatcher("first", Says("first"), Accepting("first"))
            .AddMatcher("second", Says("second"), Accepting("second"));
        var driver = await AtAgeQuestionAsync(commands);
        asked.Clear();

        var help = await driver.SayAsync("help");
        var other = await driver.SayAsync("anything");

        Assert.Equal(EnglishTexts.Get(Texts.DialogTextKeys.Help), help[0].Text);
        Assert.Equal("first", other[0].Text);
        Assert.Equal(["first"], asked);
    }
}
