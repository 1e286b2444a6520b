using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>
/// A conversation stored by the version before typed answers (answers schema version 1, the fixture was written by that
/// version in the middle of a screening, just after the dose answer) resumes after the upgrade: the answers read back,
/// nothing is asked again, and the screening ends with the right outcome.
/// </summary>
public class StoredAnswersUpgradeTests
{
    private const string StoredKey = "test/conversations/" + ChatDriver.ConversationId;

    private static Dictionary<string, JObject> StoredMidScreening() => new()
    {
        [StoredKey] = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "stored-conversation-after-dose.v1.json"))),
    };

    [Fact]
    public async Task A_conversation_stored_after_the_dose_answer_resumes_and_ends_likely_eligible()
    {
        var memory = StoredMidScreening();
        await using var driver = ChatDriver.Create(storage: new MemoryStorage(memory));

        var replies = await driver.SayAsync(AnswerBook.EligibleEnglish.AnswerTo("steroid-duration"));
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, replies);

        Assert.Equal("steroid-stable", transcript.QuestionsAsked[0]);
        Assert.DoesNotContain(transcript.QuestionsAsked, id => id is "consent" or "age" or "treatment" or "steroid-dose");
        Assert.Equal("likely-eligible", (string?)Replies.Outcome(transcript.LastReplies)!["outcome"]);
        var dose = memory[StoredKey]["screening"]!["answers"]!["values"]!["steroid-dose"]!;
        Assert.Equal("prednisone", (string?)dose["medicineId"]);
        Assert.Equal(10, (double)dose["amount"]!);
        Assert.Equal(1, (int)memory[StoredKey]["screening"]!["answers"]!["schemaVersion"]!);
    }

    [Fact]
    public async Task A_stored_dose_that_fails_the_limits_still_decides_the_outcome_after_the_upgrade()
    {
        var memory = StoredMidScreening();
        var dose = (JObject)memory[StoredKey]["screening"]!["answers"]!["values"]!["steroid-dose"]!;
        dose["amount"] = 40;
        dose["schedule"]!["intakeMg"] = 40;
        await using var driver = ChatDriver.Create(storage: new MemoryStorage(memory));

        var replies = await driver.SayAsync(AnswerBook.EligibleEnglish.AnswerTo("steroid-duration"));
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, replies);

        Assert.DoesNotContain("steroid-dose", transcript.QuestionsAsked);
        Assert.NotEqual("likely-eligible", (string?)Replies.Outcome(transcript.LastReplies)!["outcome"]);
    }
}
