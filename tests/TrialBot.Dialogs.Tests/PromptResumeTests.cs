using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Commands;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;

namespace TrialBot.Dialogs.Tests;

public class PromptResumeTests
{
    private const string Confirmation = "Really?";

    [Fact]
    public async Task A_prompt_asks_again_when_a_dialog_begun_on_top_of_it_ends()
    {
        var dialogs = SampleIntakeDialogs.Create().Add(new ConfirmPrompt("sure"));
        var commands = CommandSet.CreateDefault().Add(
            "check",
            (dialogContext, cancellationToken) => dialogContext.PromptAsync("sure", new PromptOptions { Prompt = Confirmation }, cancellationToken),
            "check");
        var driver = new ConversationDriver(dialogs, SampleIntakeDialogs.RootId, new MemoryStorage(), new DialogEngineOptions { Commands = commands });
        await driver.SayAsync("hi");
        await driver.SayAsync("yes");

        Assert.Equal(Confirmation, (await driver.SayExpectingOneReplyAsync("check")).Text);
        var afterConfirmation = await driver.SayExpectingOneReplyAsync("no");

        Assert.Equal(SampleIntakeDialogs.AgeQuestion, afterConfirmation.Text);
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(afterConfirmation));
        Assert.Equal(SampleIntakeDialogs.Closing(40), (await driver.SayExpectingOneReplyAsync("40")).Text);
    }
}
