using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Tests.Support;

namespace TrialBot.Dialogs.Tests;

public class StartTests
{
    private static async Task<IReadOnlyList<Activity>> JoinAsync(ConversationDriver driver)
    {
        var joined = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("user-1", "User")],
            Locale = "en-US",
        };
        await driver.Adapter.ProcessActivityAsync(joined, async (turnContext, cancellationToken) => await driver.Runner.StartAsync(turnContext, cancellationToken), CancellationToken.None);
        var replies = new List<Activity>();
        while (driver.Adapter.GetNextReply() is Activity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    [Fact]
    public async Task Start_begins_the_root_dialog_on_any_activity_and_the_next_message_answers_its_question()
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage());

        var replies = await JoinAsync(driver);

        Assert.Equal([SampleIntakeDialogs.Greeting, SampleIntakeDialogs.ConsentQuestion], replies.Select(reply => reply.Text));
        Assert.Equal(SampleIntakeDialogs.AgeQuestion, (await driver.SayExpectingOneReplyAsync("yes")).Text);
    }

    [Fact]
    public async Task Start_does_nothing_while_a_dialog_is_active()
    {
        var driver = new ConversationDriver(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage());
        await driver.SayAsync("hi");
        await driver.SayAsync("yes");

        var replies = await JoinAsync(driver);

        Assert.Empty(replies);
        Assert.Equal(SampleIntakeDialogs.Closing(40), (await driver.SayExpectingOneReplyAsync("40")).Text);
    }
}
