using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>
/// A conversation stored by the version before typed answers (answers schema version 1; the fixtures were written by that
/// version in the middle of a screening: just after the dose answer, and while an answer waited for its confirmation)
/// resumes after the upgrade: the answers read back, nothing is asked again, and the screening ends with the right outcome.
/// </summary>
public class StoredAnswersUpgradeTests
{
    private const string StoredKey = "test/conversations/" + ChatDriver.ConversationId;

    private static Dictionary<string, JObject> StoredMidScreening(string fixture = "stored-conversation-after-dose.v1.json") => new()
    {
        [StoredKey] = JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture))),
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
        var dose = StoredRecord.In(memory[StoredKey])["answers"]!["values"]!["steroid-dose"]!;
        Assert.Equal("prednisone", (string?)dose["medicineId"]);
        Assert.Equal(10, (double)dose["amount"]!);
        Assert.Equal(1, (int)StoredRecord.In(memory[StoredKey])["answers"]!["schemaVersion"]!);
        var medicines = StoredRecord.In(memory[StoredKey])["answers"]!["values"]!["treatment"]!["medicines"]!;
        Assert.Equal(["prednisone", "hydroxychloroquine"], medicines.Select(medicine => (string?)medicine["id"]));
        Assert.All(medicines, medicine => Assert.Equal(["id", "class"], ((JObject)medicine).Properties().Select(property => property.Name)));
    }

    [Fact]
    public async Task A_stored_dose_that_fails_the_limits_still_decides_the_outcome_after_the_upgrade()
    {
        var memory = StoredMidScreening();
        var dose = (JObject)StoredRecord.In(memory[StoredKey])["answers"]!["values"]!["steroid-dose"]!;
        dose["amount"] = 40;
        dose["schedule"]!["intakeMg"] = 40;
        await using var driver = ChatDriver.Create(storage: new MemoryStorage(memory));

        var replies = await driver.SayAsync(AnswerBook.EligibleEnglish.AnswerTo("steroid-duration"));
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, replies);

        Assert.DoesNotContain("steroid-dose", transcript.QuestionsAsked);
        Assert.NotEqual("likely-eligible", (string?)Replies.Outcome(transcript.LastReplies)!["outcome"]);
    }

    [Fact]
    public async Task An_answer_stored_while_waiting_for_its_confirmation_is_kept_once_confirmed_after_the_upgrade()
    {
        // Stored while "10 days" on the same dose (it excludes) waited for "is that right?".
        var memory = StoredMidScreening("stored-conversation-confirming-stable-dose.v1.json");
        await using var driver = ChatDriver.Create(storage: new MemoryStorage(memory));

        var review = await driver.SayAsync("yes");
        var outcome = await driver.SayAsync("yes");

        Assert.Equal("review", Replies.LastQuestionId(review));
        Assert.Contains("Time on the same dose: 10 days", review[^1].Text, StringComparison.Ordinal);
        Assert.Equal("likely-ineligible", (string?)Replies.Outcome(outcome)!["outcome"]);
        Assert.Equal("fail", Replies.Status(Replies.Outcome(outcome)!, "I4"));
        Assert.Equal(10, (double)StoredRecord.In(memory[StoredKey])["answers"]!["values"]!["steroid-stable"]!["amount"]!);
    }
}
