using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Tests.Support;

namespace TrialBot.Dialogs.Tests;

/// <summary>
/// The runner tells the rest of the turn whether it saved the conversation state, so that the bot's own end-of-turn
/// save runs only where the runner did not save (it would otherwise serialise the whole state again to find it unchanged).
/// </summary>
public sealed class SavedInTurnTests
{
    [Fact]
    public async Task A_message_turn_is_saved_by_the_runner_and_a_turn_it_ignores_is_not()
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage());

        var message = await SavedAfterAsync(driver, MessageFactory.Text("hi"), (turn, token) => driver.Runner.RunAsync(turn, token));
        var typing = await SavedAfterAsync(driver, new Activity(ActivityTypes.Typing), (turn, token) => driver.Runner.RunAsync(turn, token));
        var joinedMidway = await SavedAfterAsync(driver, Joined(), (turn, token) => driver.Runner.StartAsync(turn, token));

        Assert.True(message);
        Assert.False(typing);
        Assert.False(joinedMidway);
    }

    [Fact]
    public async Task Start_saves_when_it_begins_the_root_dialog()
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage());

        Assert.True(await SavedAfterAsync(driver, Joined(), (turn, token) => driver.Runner.StartAsync(turn, token)));
    }

    private static Activity Joined() => new(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount("user-1", "User")], Locale = "en-US" };

    private static async Task<bool> SavedAfterAsync(ConversationDriver driver, IActivity activity, Func<ITurnContext, CancellationToken, Task<DialogTurnResult>> run)
    {
        var saved = false;
        await driver.Adapter.ProcessActivityAsync((Activity)activity, async (turn, token) =>
        {
            await run(turn, token);
            saved = DialogRunner.SavedIn(turn);
        }, CancellationToken.None);
        while (driver.Adapter.GetNextReply() is not null)
        {
        }

        return saved;
    }
}
