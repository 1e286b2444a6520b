using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Commands;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

public class WaterfallGoToTests
{
    private const string FirstQuestion = "First word?";
    private const string SecondQuestion = "Second word?";

    private static Task<DialogTurnResult> AskFirstAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync("first", new PromptOptions { Prompt = FirstQuestion, QuestionId = "first" }, cancellationToken);

    private static Task<DialogTurnResult> AskSecondAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is PromptResult<string> { Value: "again" })
        {
            return step.GoToAsync(0, null, cancellationToken);
        }

        if (step.Result is PromptResult<string> first)
        {
            step.Values.SetValue("first", first.Value);
        }

        return step.PromptAsync("second", new PromptOptions { Prompt = SecondQuestion, QuestionId = "second" }, cancellationToken);
    }

    private static async Task<DialogTurnResult> SayBothAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var second = (PromptResult<string>)step.Result!;
        await step.Context.SendActivityAsync($"{step.Values.GetValue<string>("first")} {second.Value}", cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static DialogSet TwoWords() => new DialogSet()
        .Add(new WaterfallDialog("root", [AskFirstAsync, AskSecondAsync, SayBothAsync]))
        .Add(SamplePrompts.Words("first"))
        .Add(SamplePrompts.Words("second"));

    /// <summary>"back": the root waterfall goes to the step before the one awaiting its answer.</summary>
    private static Task<DialogTurnResult> BackAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        var root = dialogContext.Stack[0];
        var waterfall = (WaterfallDialog)dialogContext.Dialogs.Find(root.DialogId)!;
        return waterfall.GoToStepAsync(dialogContext, root, Math.Max(0, root.Step - 1), null, cancellationToken);
    }

    private static ConversationDriver Driver(IStorage? storage = null) =>
        new(TwoWords(), "root", storage ?? new MemoryStorage(), new DialogEngineOptions { Commands = CommandSet.CreateDefault().Add("back", BackAsync, "back") });

    [Fact]
    public async Task A_step_can_go_back_to_an_earlier_step_which_asks_its_question_again()
    {
        var driver = Driver();
        await driver.SayAsync("hi");

        var again = await driver.SayExpectingOneReplyAsync("again");
        var second = await driver.SayExpectingOneReplyAsync("red");
        var both = await driver.SayExpectingOneReplyAsync("fox");

        Assert.Equal(FirstQuestion, again.Text);
        Assert.Equal(SecondQuestion, second.Text);
        Assert.Equal("red fox", both.Text);
    }

    [Fact]
    public async Task Between_turns_the_application_can_go_to_a_step_replacing_the_prompt_awaiting_an_answer()
    {
        var storage = new MemoryStorage();
        var driver = Driver(storage);
        await driver.SayAsync("hi");
        await driver.SayAsync("red");

        var back = await driver.SayExpectingOneReplyAsync("back");

        Assert.Equal(FirstQuestion, back.Text);
        Assert.Equal("first", QuestionEntity.FindQuestionId(back));

        // Resumed from storage by a new runner: one prompt on top of the waterfall, at its first step.
        var resumed = Driver(storage);
        Assert.Equal(SecondQuestion, (await resumed.SayExpectingOneReplyAsync("blue")).Text);
        Assert.Equal("blue fox", (await resumed.SayExpectingOneReplyAsync("fox")).Text);
        Assert.Equal(DialogTurnStatus.Complete, resumed.LastResult!.Status);
    }

    [Fact]
    public async Task Going_to_a_step_the_waterfall_does_not_have_is_refused()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("root", [(step, cancellationToken) => step.GoToAsync(1, null, cancellationToken)]));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new ConversationDriver(dialogs, "root", new MemoryStorage()).SayAsync("hi"));
    }

    [Fact]
    public async Task Going_to_a_step_of_another_dialogs_entry_is_refused()
    {
        var other = new WaterfallDialog("other", [(step, cancellationToken) => Task.FromResult(DialogTurnResult.Waiting)]);
        var dialogs = TwoWords().Add(other);
        Task<DialogTurnResult> WrongAsync(DialogContext dialogContext, CancellationToken cancellationToken) =>
            other.GoToStepAsync(dialogContext, dialogContext.Stack[0], 0, null, cancellationToken);
        var driver = new ConversationDriver(dialogs, "root", new MemoryStorage(), new DialogEngineOptions { Commands = CommandSet.CreateDefault().Add("wrong", WrongAsync, "wrong") });
        await driver.SayAsync("hi");

        await Assert.ThrowsAsync<ArgumentException>(() => driver.SayAsync("wrong"));
    }
}
