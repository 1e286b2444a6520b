using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class ResumeAfterRestartTests
{
    private static ConversationDriver NewProcess(Microsoft.Bot.Builder.IStorage storage, string channelId = "test") =>
        new(SampleIntakeDialogs.Create(), SampleIntakeDialogs.RootId, storage, conversation: ConversationDriver.Conversation(channelId));

    [Theory]
    [MemberData(nameof(Storages.Both), MemberType = typeof(Storages))]
    public async Task The_conversation_continues_at_the_same_question(string storageKind)
    {
        var storage = Storages.Create(storageKind);
        var before = NewProcess(storage);
        await before.SayAsync("hi");
        await before.SayAsync("yes");

        var replies = await NewProcess(storage).SayAsync("38");

        Assert.Equal(SampleIntakeDialogs.Closing(38), Assert.Single(replies).Text);
    }

    [Theory]
    [MemberData(nameof(Storages.Both), MemberType = typeof(Storages))]
    public async Task Help_after_a_restart_asks_the_same_question(string storageKind)
    {
        var storage = Storages.Create(storageKind);
        var before = NewProcess(storage);
        await before.SayAsync("hi");
        await before.SayAsync("yes");

        var replies = await NewProcess(storage).SayAsync("help");

        Assert.Equal(SampleIntakeDialogs.AgeQuestion, replies[1].Text);
        Assert.Equal(SampleIntakeDialogs.AgePromptId, QuestionEntity.FindQuestionId(replies[1]));
    }

    [Theory]
    [MemberData(nameof(Storages.Both), MemberType = typeof(Storages))]
    public async Task Retry_counts_and_the_cap_survive_a_restart(string storageKind)
    {
        var storage = Storages.Create(storageKind);
        var before = NewProcess(storage, "sms");
        await before.SayAsync("hi");
        await before.SayAsync("yes");
        await before.SayAsync("blue");
        await before.SayAsync("green");

        var cap = await NewProcess(storage, "sms").SayExpectingOneReplyAsync("red");
        var replies = await NewProcess(storage, "sms").SayAsync("1");

        Assert.Contains(EnglishTexts.Get(DialogTextKeys.RetryCap), cap.Text, StringComparison.Ordinal);
        Assert.Equal(SampleIntakeDialogs.AgeUnknown, Assert.Single(replies).Text);
    }

    [Theory]
    [MemberData(nameof(Storages.Both), MemberType = typeof(Storages))]
    public async Task Choices_survive_a_restart(string storageKind)
    {
        var storage = Storages.Create(storageKind);
        var options = new PromptOptions
        {
            Prompt = "Which site?",
            Choices = [new Choices.Choice("shanghai", "Shanghai", ["上海"]), new Choices.Choice("wuhan", "Wuhan")],
        };
        var dialogs = SinglePromptDialogs.Create(new ChoicePrompt("site"), options);
        await new ConversationDriver(dialogs, SinglePromptDialogs.RootId, storage).SayAsync("start");

        var after = new ConversationDriver(SinglePromptDialogs.Create(new ChoicePrompt("site"), options), SinglePromptDialogs.RootId, storage);
        await after.SayAsync("上海");

        Assert.Equal("shanghai", SinglePromptDialogs.Result<Choices.Choice>(after).Value.Value);
    }
}
