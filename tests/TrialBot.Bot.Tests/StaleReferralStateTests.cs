using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TrialBot.Bot.Tests.Support;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Texts;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Tests;

/// <summary>
/// A conversation stored in the middle of the referral by the version before the referral was a waterfall: its entry
/// kept the step by name in its values (<c>"step": "Contact"</c>) and the engine's step at 0. It is never continued at a
/// wrong place: the person is told the bot was updated and the conversation starts again.
/// </summary>
public class StaleReferralStateTests
{
    /// <summary>The dialog stack as that version stored it, waiting for the phone or e-mail (taken from a real run).</summary>
    private const string StoredBeforeWaterfall = """
        {
          "schemaVersion": 1,
          "dialogsVersion": "a4c46373a6a2cd4a",
          "stack": [
            { "id": "conversation", "step": 1, "values": {} },
            {
              "id": "referral",
              "step": 0,
              "options": {
                "OutcomeId": "likely-eligible",
                "CriterionStatuses": { "I1": "pass", "I2": "pass", "I3": "pass", "I4": "pass", "I5": "pass", "I6": "pass", "E1": "pass", "E2": "pass", "E3": "pass", "E4": "pass", "E5": "pass", "E6": "pass" },
                "SiteIds": [ "shanghai-renji" ],
                "OffersReferral": true,
                "LookAgain": false
              },
              "values": { "siteId": "shanghai-renji", "step": "Contact", "consentedAt": "2026-11-24T09:00:00.0000000+00:00", "name": "Li Wei" }
            },
            {
              "id": "prompt.contact",
              "step": 0,
              "options": {
                "prompt": "What phone number or e-mail address can the study team use to reach you?",
                "retryPrompt": "Please give a phone number (7 to 15 digits; +, spaces and dashes are fine) or an e-mail address.",
                "choices": [],
                "questionId": "referral.contact"
              },
              "values": {}
            }
          ]
        }
        """;

    private static readonly string UpdatedMessage = BotTexts.Default.Text(DialogTextKeys.ConversationReset).En;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_referral_stored_before_it_was_a_waterfall_starts_again_saying_so(bool underTheCurrentDialogsVersion)
    {
        var memory = new Dictionary<string, JObject>();
        await using var driver = ChatDriver.Create(storage: new MemoryStorage(memory));
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");
        var item = memory.Values.Single();
        var currentVersion = (string)JObject.Parse((string)item["dialogStack"]!)["dialogsVersion"]!;
        var stale = JObject.Parse(StoredBeforeWaterfall);
        if (underTheCurrentDialogsVersion)
        {
            // As if the version had been pinned: the entry's own shape must still be refused.
            stale["dialogsVersion"] = currentVersion;
        }

        item["dialogStack"] = stale;

        var replies = await driver.SayAsync("138-1234-5678");

        Assert.Equal(UpdatedMessage, replies[0].Text);
        Assert.DoesNotContain(replies, reply => reply.Text?.Contains("Li Wei", StringComparison.Ordinal) == true);
        Assert.NotNull(Replies.LastQuestionId(replies));
        Assert.DoesNotMatch("^referral", Replies.LastQuestionId(replies)!);
        Assert.Empty(await driver.Services.GetRequiredService<IReferralStore>().ListAsync(ReferralScope.AllSites, ReferralFilter.All));
        var stored = JObject.Parse((string)memory.Values.Single()["dialogStack"]!);
        Assert.Equal(currentVersion, (string)stored["dialogsVersion"]!);
        Assert.DoesNotContain(((JArray)stored["stack"]!).Select(entry => (string)entry["id"]!), id => id == "referral");
    }

    [Fact]
    public async Task A_referral_stored_by_this_version_mid_way_resumes_at_its_question()
    {
        var memory = new Dictionary<string, JObject>();
        var storage = new MemoryStorage(memory);
        await using (var before = ChatDriver.Create(storage: storage))
        {
            await ScreeningRun.RunAsync(before, AnswerBook.EligibleEnglish);
            await before.SayAsync("yes");
            await before.SayAsync("Li Wei");
        }

        await using var after = ChatDriver.Create(storage: storage);
        var saved = await after.SayAsync("138-1234-5678");

        Assert.Contains("Li Wei", saved[0].Text, StringComparison.Ordinal);
        var referral = Assert.Single(await after.Services.GetRequiredService<IReferralStore>().ListAsync(ReferralScope.AllSites, ReferralFilter.All));
        Assert.Equal("Li Wei", referral.ContactName);
        Assert.Equal("+8613812345678", referral.ContactPhone);
    }
}
