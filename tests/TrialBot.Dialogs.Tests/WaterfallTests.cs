using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

public class WaterfallTests
{
    private static ConversationDriver Driver(DialogSet dialogs) => new(dialogs, "root", new MemoryStorage());

    private static async Task<DialogTurnResult> SayAsync(WaterfallStepContext step, string text, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
        return DialogTurnResult.Waiting;
    }

    [Fact]
    public async Task Next_async_skips_ahead_with_a_result()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("root", [
            (step, cancellationToken) => step.NextAsync("skipped", cancellationToken),
            (step, cancellationToken) => SayAsync(step, $"step {step.Index} got {step.Result}", cancellationToken),
        ]));

        var replies = await Driver(dialogs).SayAsync("hi");

        Assert.Equal("step 1 got skipped", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task A_step_can_move_on_only_once()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("root", [
            async (step, cancellationToken) =>
            {
                await step.NextAsync(null, cancellationToken);
                return await step.NextAsync(null, cancellationToken);
            },
            (step, cancellationToken) => SayAsync(step, "second", cancellationToken),
        ]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Driver(dialogs).SayAsync("hi"));
    }

    [Fact]
    public async Task A_waiting_step_receives_the_next_message_as_its_result()
    {
        var dialogs = new DialogSet().Add(new WaterfallDialog("root", [
            (step, cancellationToken) => SayAsync(step, "Say anything.", cancellationToken),
            (step, cancellationToken) => SayAsync(step, $"You said {step.Result}.", cancellationToken),
        ]));
        var driver = Driver(dialogs);
        await driver.SayAsync("hi");

        var replies = await driver.SayAsync("anything");

        Assert.Equal("You said anything.", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task A_child_dialog_gets_its_options_and_its_result_resumes_the_parent()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root", [
                (step, cancellationToken) => step.BeginDialogAsync("child", new ChildOptions("Wuhan", 2), cancellationToken),
                async (step, cancellationToken) =>
                {
                    await step.Context.SendActivityAsync($"child returned {step.Result}", cancellationToken: cancellationToken);
                    return await step.EndDialogAsync(step.Result, cancellationToken);
                },
            ]))
            .Add(new WaterfallDialog("child", [
                (step, cancellationToken) =>
                {
                    var options = step.GetOptions<ChildOptions>()!;
                    return step.EndDialogAsync($"{options.Site}×{options.Visits}", cancellationToken);
                },
            ]));
        var driver = Driver(dialogs);

        var replies = await driver.SayAsync("hi");

        Assert.Equal("child returned Wuhan×2", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Complete, driver.LastResult!.Status);
        Assert.Equal("Wuhan×2", driver.LastResult.Result);
    }

    [Fact]
    public async Task Replace_dialog_swaps_the_active_dialog_without_resuming_the_parent()
    {
        var dialogs = new DialogSet()
            .Add(new WaterfallDialog("root", [
                (step, cancellationToken) => step.BeginDialogAsync("first", null, cancellationToken),
                (step, cancellationToken) => SayAsync(step, $"parent resumed with {step.Result}", cancellationToken),
            ]))
            .Add(new WaterfallDialog("first", [(step, cancellationToken) => step.ReplaceDialogAsync("second", null, cancellationToken)]))
            .Add(new WaterfallDialog("second", [
                (step, cancellationToken) => step.PromptAsync("name", new PromptOptions { Prompt = "Name?" }, cancellationToken),
                (step, cancellationToken) => step.EndDialogAsync(((PromptResult<string>)step.Result!).Value, cancellationToken),
            ]))
            .Add(SamplePrompts.Words("name"));
        var driver = Driver(dialogs);

        var question = await driver.SayExpectingOneReplyAsync("hi");
        var replies = await driver.SayAsync("Lily");

        Assert.Equal("Name?", question.Text);
        Assert.Equal("parent resumed with Lily", Assert.Single(replies).Text);
    }

    [Fact]
    public void A_waterfall_needs_steps()
    {
        Assert.Throws<ArgumentException>(() => new WaterfallDialog("empty", []));
    }

    [Fact]
    public void The_root_dialog_must_be_in_the_set()
    {
        Assert.Throws<ArgumentException>(() => new DialogRunner(new DialogSet(), "root", new ConversationState(new MemoryStorage())));
    }

    private sealed record ChildOptions(string Site, int Visits);
}
