using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Dialogs.Tests;

/// <summary>
/// The runner takes back the stack it wrote in a conversation's last turn instead of reading its text again, but only
/// while that text is what is stored: a stack another instance wrote is read, and a turn that failed leaves nothing to
/// take back.
/// </summary>
public sealed class WrittenStackTests
{
    private const string Failing = "boom";

    private static DialogSet Remembering() => new DialogSet()
        .Add(new WaterfallDialog("root", [
            (step, _) =>
            {
                step.Values.SetValue("seen", step.Context.Activity.Text);
                return Task.FromResult(DialogTurnResult.Waiting);
            },
            async (step, cancellationToken) =>
            {
                if (step.Context.Activity.Text == Failing)
                {
                    step.Values.SetValue("seen", "changed by a turn that failed");
                    throw new InvalidOperationException("The turn fails after changing a value.");
                }

                await step.Context.SendActivityAsync(step.Values.GetValue<string>("seen"), cancellationToken: cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            },
        ]));

    [Fact]
    public async Task The_next_turn_goes_on_from_the_stack_the_runner_wrote()
    {
        var driver = new ConversationDriver(Remembering(), "root", new MemoryStorage());
        await driver.SayAsync("apple");

        var reply = await driver.SayExpectingOneReplyAsync("show");

        Assert.Equal("apple", reply.Text);
    }

    [Fact]
    public async Task A_stack_stored_since_by_someone_else_is_read_from_storage()
    {
        var storage = new MemoryStorage();
        var driver = new ConversationDriver(Remembering(), "root", storage);
        await driver.SayAsync("apple");
        var elsewhere = new Dictionary<string, JObject>();
        await new ConversationDriver(Remembering(), "root", new MemoryStorage(elsewhere)).SayAsync("banana");
        await StoredStackWriter.WriteAsync(storage, Assert.Single(elsewhere.Values)["dialogStack"]!);

        var reply = await driver.SayExpectingOneReplyAsync("show");

        Assert.Equal("banana", reply.Text);
    }

    [Fact]
    public async Task After_a_turn_that_failed_the_stored_stack_is_read_not_what_the_failed_turn_changed()
    {
        var driver = new ConversationDriver(Remembering(), "root", new MemoryStorage());
        await driver.SayAsync("apple");
        await Assert.ThrowsAsync<InvalidOperationException>(() => driver.SayAsync(Failing));

        var reply = await driver.SayExpectingOneReplyAsync("show");

        Assert.Equal("apple", reply.Text);
    }
}
