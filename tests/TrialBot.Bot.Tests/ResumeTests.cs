using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class ResumeTests
{
    [Fact]
    public async Task A_conversation_resumes_at_the_same_question_after_a_new_adapter_and_bot_over_the_same_storage()
    {
        var memory = new Dictionary<string, JObject>();
        var storage = new MemoryStorage(memory);
        await using (var before = ChatDriver.Create(storage: storage))
        {
            await ScreeningRun.RunAsync(before, AnswerBook.EligibleEnglish, stopAt: "steroid-dose");
        }

        await using var after = ChatDriver.Create(storage: storage);
        var replies = await after.SayAsync("Medrol 8 mg a day");
        var transcript = await ScreeningRun.RunAsync(after, AnswerBook.EligibleEnglish, replies);

        Assert.Equal("steroid-duration", transcript.QuestionsAsked[0]);
        Assert.Equal("likely-eligible", (string?)Replies.Outcome(transcript.LastReplies)!["outcome"]);
        var stored = memory.Values.Single().ToString();
        Assert.DoesNotContain("\"$type\": \"TrialBot", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joining_again_mid_way_as_a_page_reload_does_leaves_the_stored_conversation_where_it_was()
    {
        var memory = new Dictionary<string, JObject>();
        await using var driver = ChatDriver.Create(storage: new MemoryStorage(memory));
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, stopAt: "steroid-dose");
        var before = memory.Values.Single()["dialogStack"]!.ToString();

        // The widget greets again after a reload: the dialog is active, so nothing is begun, and the stack read for it
        // must be written back (if at all) exactly as it was.
        await driver.JoinAsync();

        Assert.Equal(before, memory.Values.Single()["dialogStack"]!.ToString());
        Assert.Equal("steroid-duration", Replies.LastQuestionId(await driver.SayAsync("Medrol 8 mg a day")));
    }

    [Fact]
    public async Task The_stored_conversation_is_plain_versioned_camel_case_data()
    {
        var memory = new Dictionary<string, JObject>();
        await using var driver = ChatDriver.Create(storage: new MemoryStorage(memory));

        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, stopAt: "steroid-dose");

        Assert.Equal(JTokenType.String, memory.Values.Single()["screening"]!.Type);
        var record = StoredRecord.In(memory.Values.Single());
        Assert.Equal(1, (int)record["schemaVersion"]!);
        Assert.Equal("en", (string?)record["language"]);
        Assert.True((bool)record["greeted"]!);
        Assert.Equal(1, (int)record["answers"]!["schemaVersion"]!);
        Assert.Equal("age", (string?)record["answers"]!["values"]!["age"]!["kind"]);
        Assert.Equal(45, (double)record["answers"]!["values"]!["age"]!["amount"]!);
        Assert.Equal("corticosteroid", (string?)record["answers"]!["values"]!["treatment"]!["medicines"]![0]!["class"]);
        Assert.Equal("treatment", (string?)record["answered"]!.Last());
    }
}
