using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;

namespace TrialBot.Dialogs.Tests;

public class ConversationTests
{
    private static ConversationDriver NewIntake() => new(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, new MemoryStorage());

    [Fact]
    public async Task Whole_intake_runs_from_greeting_to_closing()
    {
        var driver = NewIntake();

        await new TestFlow(driver.Adapter, driver.Callback)
            .Send("hi")
            .AssertReply(SampleIntakeDialogs.Greeting)
            .AssertReply(reply => Assert.Equal(SampleIntakeDialogs.ConsentQuestion, reply.AsMessageActivity().Text))
            .Send("yes")
            .AssertReply(reply => Assert.Equal(SampleIntakeDialogs.AgeQuestion, reply.AsMessageActivity().Text))
            .Send("forty five")
            .AssertReply(SampleIntakeDialogs.Closing(45))
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, driver.LastResult!.Status);
        Assert.Equal(new IntakeSummary(true, 45), driver.LastResult.Result);
    }

    [Fact]
    public async Task Declining_consent_ends_the_conversation_politely()
    {
        var driver = NewIntake();

        await new TestFlow(driver.Adapter, driver.Callback)
            .Send("hello")
            .AssertReply(SampleIntakeDialogs.Greeting)
            .AssertReply(reply => Assert.Equal(SampleIntakeDialogs.ConsentQuestion, reply.AsMessageActivity().Text))
            .Send("No.")
            .AssertReply(SampleIntakeDialogs.Declined)
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, driver.LastResult!.Status);
    }

    [Fact]
    public async Task A_message_after_the_end_starts_a_new_conversation()
    {
        var driver = NewIntake();
        await driver.SayAsync("hi");
        await driver.SayAsync("no");

        var replies = await driver.SayAsync("hi again");

        Assert.Equal([SampleIntakeDialogs.Greeting, SampleIntakeDialogs.ConsentQuestion], replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task Non_message_activities_are_ignored()
    {
        var driver = NewIntake();
        var update = driver.Adapter.MakeActivity();
        update.Type = Microsoft.Bot.Schema.ActivityTypes.ConversationUpdate;

        await driver.Adapter.ProcessActivityAsync(update, driver.Callback, CancellationToken.None);

        Assert.Null(driver.Adapter.GetNextReply());
        Assert.Equal(DialogTurnStatus.Empty, driver.LastResult!.Status);
    }

    [Fact]
    public async Task Unsure_consent_is_a_dont_know_result()
    {
        var driver = NewIntake();
        await driver.SayAsync("hi");

        var replies = await driver.SayAsync("not sure");

        Assert.Equal(SampleIntakeDialogs.Declined, Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Complete, driver.LastResult!.Status);
    }

    [Fact]
    public async Task The_question_carries_its_question_id()
    {
        var driver = NewIntake();

        var replies = await driver.SayAsync("hi");

        Assert.Null(QuestionEntity.FindQuestionId(replies[0]));
        Assert.Equal(SampleIntakeDialogs.ConsentPromptId, QuestionEntity.FindQuestionId(replies[1]));
    }
}
