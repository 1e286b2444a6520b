using System.Net;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Faults;

/// <summary>
/// The storage fails in the middle of a turn: the person is told their answer was not saved and to send it again,
/// nothing of the turn is kept (not the answer, not the next question), and once the storage is back the same answer
/// continues the conversation at the same question.
/// </summary>
public sealed class StorageFaultTests
{
    [Theory]
    [InlineData("en-US", "45", "was not saved")]
    [InlineData("zh-CN", "我今年45岁", "没有保存")]
    public async Task When_the_answer_cannot_be_written_the_person_is_told_it_was_not_saved_and_the_same_answer_works_once_storage_is_back(
        string locale, string age, string notSaved)
    {
        Func<IServiceProvider, FaultInjectingStorage> faults = null!;
        await using var host = await HardeningHost.StartAsync(configure: builder => faults = FaultInjectingStorage.Install(builder), logLevel: LogLevel.Warning);
        var storage = faults(host.Services);
        var script = locale == "zh-CN" ? ScreeningScript.EligibleChinese : ScreeningScript.EligibleEnglish;
        await host.Channel.JoinAsync("fault", locale);
        var atAge = await host.Channel.SayAsync("fault", script.AnswerTo("consent"), locale);
        var before = await StoredConversation.ReadAsync(host.Storage, "fault");

        storage.WritesFail = true;
        var duringOutage = await host.Channel.SayAsync("fault", age, locale);
        var afterOutage = await StoredConversation.ReadAsync(host.Storage, "fault");
        storage.WritesFail = false;
        var retried = await host.Channel.SayAsync("fault", age, locale);
        var stored = await StoredConversation.ReadAsync(host.Storage, "fault");

        Assert.Equal("age", atAge.QuestionId);
        Assert.True(storage.FailedWrites > 0, "The fault was hit.");
        Assert.Equal(HttpStatusCode.OK, duringOutage.Status);
        Assert.Contains(notSaved, Assert.Single(duringOutage.Activities)["text"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(duringOutage.QuestionId);
        Assert.Equal(before!.Item.ToString(), afterOutage!.Item.ToString());
        Assert.Equal("diagnosis", retried.QuestionId);
        Assert.Equal(["consent", "age"], stored!.Answered);
    }

    [Fact]
    public async Task When_the_state_cannot_be_read_the_person_is_asked_to_send_again_and_nothing_is_stored()
    {
        Func<IServiceProvider, FaultInjectingStorage> faults = null!;
        await using var host = await HardeningHost.StartAsync(configure: builder => faults = FaultInjectingStorage.Install(builder), logLevel: LogLevel.Warning);
        var storage = faults(host.Services);

        storage.ReadsFail = true;
        var duringOutage = await host.Channel.SayAsync("unreadable", "hi");
        storage.ReadsFail = false;
        var nothing = await StoredConversation.ReadAsync(host.Storage, "unreadable");
        var retried = await host.Channel.SayAsync("unreadable", "hello");

        Assert.Equal(HttpStatusCode.OK, duringOutage.Status);
        Assert.Contains("was not saved", Assert.Single(duringOutage.Activities)["text"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(nothing);
        Assert.Equal("consent", retried.QuestionId);
    }
}
