using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Host.Referrals;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>
/// What a person meets after the outcome, whole conversations over <c>POST /api/messages</c> with the real bot, and what
/// lands on the referral (read back over the referral API as JSON, CSV and FHIR): the study team's optional pre-call
/// questions (answered, skipped one by one, skipped all at once), the SMS sender's number offered as the contact, and
/// "look again" after a likely-ineligible outcome.
/// </summary>
public sealed class ReferralConversationTests
{
    private const string Key = "coordinator-key-51d0c3aa";

    private static readonly Dictionary<string, string?> ApiOn = new() { ["Referrals:ApiKey"] = Key };

    private static readonly string[] PreCallIds =
    [
        "precall.rheumatologist", "precall.prior-treatments", "precall.infections", "precall.pregnancy",
        "precall.records", "precall.travel", "precall.call-time",
    ];

    [Fact]
    public async Task On_web_chat_the_contact_is_asked_and_the_pre_call_answers_land_on_the_referral_as_said_with_skips_kept_apart()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("webchat")
            .Answer("referral", "yes")
            .Answer("referral.name", "Li Na")
            .Answer("referral.contact", "  Li.Na@Example.COM ")
            .Answer("precall.rheumatologist", "Dr Zhang, Union Hospital Wuhan")
            .Answer("precall.prior-treatments", "skip")
            .Answer("precall.infections", "I don't know")
            .Answer("precall.pregnancy", "no")
            .Answer("precall.records", "skip all");

        var last = await person.RunAsync(host.Client);

        Assert.Null(last);
        Assert.Equal("likely-eligible", (string?)person.Outcome!["outcome"]);
        Assert.Equal(["referral", "referral.name", "referral.contact", .. PreCallIds[..5]], person.Asked.SkipWhile(id => id != "referral"));
        var firstPreCall = person.Replies.SkipWhile(reply => !reply.ToJsonString().Contains("referral.contact", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Contains(firstPreCall, reply => ((string?)reply["text"])?.Contains("“skip all”", StringComparison.Ordinal) == true);
        Assert.Equal("Who is the rheumatologist treating your lupus, and at which hospital?", person.TextOf("precall.rheumatologist"));

        var referral = Assert.Single(await ListAsync(host, string.Empty));
        Assert.Equal("likely-eligible", (string?)referral["outcomeId"]);
        Assert.Equal("Li.Na@example.com", (string?)referral["contactEmail"]);
        Assert.False((bool)referral["reviewRequested"]!);
        var preCall = referral["preCall"]!.AsArray();
        Assert.Equal(PreCallIds, preCall.Select(answer => (string?)answer!["questionId"]));
        Assert.Equal(["Dr Zhang, Union Hospital Wuhan", null, null, "no", null, null, null], preCall.Select(answer => (string?)answer!["said"]));
        Assert.Equal([false, true, true, false, true, true, true], preCall.Select(answer => (bool)answer!["skipped"]!));
        Assert.Equal("Treating rheumatologist and hospital", (string?)preCall[0]!["label"]!["en"]);

        var row = Assert.Single(CsvTable.Read(await TextAsync(host, "/api/referrals?format=csv")));
        Assert.Equal("Dr Zhang, Union Hospital Wuhan", row["precall.rheumatologist"]);
        Assert.Equal("no", row["precall.pregnancy"]);
        Assert.Equal(string.Empty, row["precall.travel"]);
        Assert.Equal("no", row["look_again_requested"]);

        var bundle = JsonNode.Parse(await TextAsync(host, "/api/referrals?format=fhir"))!;
        var items = bundle["entry"]!.AsArray().Select(entry => entry!["resource"]!).Single(resource => (string?)resource["resourceType"] == "QuestionnaireResponse")["item"]!.AsArray();
        var rheumatologist = items.Single(item => (string?)item!["linkId"] == "precall.rheumatologist")!;
        Assert.Equal("Dr Zhang, Union Hospital Wuhan", (string?)rheumatologist["answer"]![0]!["valueString"]);
        var travel = items.Single(item => (string?)item!["linkId"] == "precall.travel")!;
        Assert.Contains("asked-declined", travel.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Dr Zhang", host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Chinese_skip_all_at_the_first_pre_call_question_ends_them_keeps_the_referral_and_does_not_change_the_outcome()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("webchat", "zh")
            .Answer("referral", "可以")
            .Answer("referral.name", "李娜")
            .Answer("referral.contact", "138 1234 5678")
            .Answer("precall.rheumatologist", "全部跳过");

        var last = await person.RunAsync(host.Client);

        Assert.Null(last);
        Assert.Equal(["referral.contact", "precall.rheumatologist"], person.Asked.TakeLast(2));
        Assert.Contains("不再提问", (string?)person.LastTurn[^1]["text"], StringComparison.Ordinal);
        var referral = Assert.Single(await ListAsync(host, string.Empty));
        Assert.Equal("likely-eligible", (string?)referral["outcomeId"]);
        Assert.Equal("+8613812345678", (string?)referral["contactPhone"]);
        Assert.All(referral["preCall"]!.AsArray(), answer => Assert.True((bool)answer!["skipped"]!));
        Assert.Equal(7, referral["preCall"]!.AsArray().Count);
    }

    [Fact]
    public async Task On_SMS_the_senders_number_is_offered_and_yes_stores_it_then_the_pre_call_questions_come_in_their_short_form()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("sms", smsNumber: "+8613812345678")
            .Answer("referral", "yes")
            .Answer("referral.name", "Li Na")
            .Answer("referral.contact.offer", "yes")
            .Answer("precall.rheumatologist", "Dr Zhang, Union Hospital")
            .Answer("precall.prior-treatments", "rituximab in 2021, no CAR-T")
            .Answer("precall.infections", "no")
            .Answer("precall.pregnancy", "skip")
            .Answer("precall.records", "urine protein from october")
            .Answer("precall.travel", "yes, my sister lives in Wuhan")
            .Answer("precall.call-time", "evenings, Mandarin");

        var last = await person.RunAsync(host.Client);

        Assert.Null(last);
        Assert.DoesNotContain("referral.contact", person.Asked);
        Assert.Contains("+86 138 1234 5678", person.TextOf("referral.contact.offer"), StringComparison.Ordinal);
        Assert.EndsWith("Your rheumatologist and hospital?", person.TextOf("precall.rheumatologist"), StringComparison.Ordinal);
        Assert.Equal("Best time and language for a call?", person.TextOf("precall.call-time"));
        Assert.Contains("added your answers", (string?)person.LastTurn[^1]["text"], StringComparison.Ordinal);
        var referral = Assert.Single(await ListAsync(host, "channel=sms"));
        Assert.Equal("+8613812345678", (string?)referral["contactPhone"]);
        Assert.Equal(["Dr Zhang, Union Hospital", "rituximab in 2021, no CAR-T", "no", null, "urine protein from october", "yes, my sister lives in Wuhan", "evenings, Mandarin"], referral["preCall"]!.AsArray().Select(answer => (string?)answer!["said"]));
    }

    [Fact]
    public async Task A_question_about_the_study_during_the_pre_call_questions_is_answered_and_the_same_question_asked_again()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("webchat")
            .Answer("referral", "yes")
            .Answer("referral.name", "Li Na")
            .Answer("referral.contact", "138 1234 5678");
        Assert.Equal("precall.rheumatologist", await person.RunAsync(host.Client, stopAt: "precall.rheumatologist"));

        var asked = await person.SayAsync(host.Client, "how much does it cost?");
        Assert.Equal("precall.rheumatologist", asked);
        Assert.Contains("does not say whether taking part costs anything", (string?)person.LastTurn[0]["text"], StringComparison.Ordinal);
        Assert.Null(await person.SayAsync(host.Client, "skip all"));

        Assert.All(Assert.Single(await ListAsync(host, string.Empty))["preCall"]!.AsArray(), answer => Assert.True((bool)answer!["skipped"]!));
    }

    [Theory]
    [InlineData("another number", "+86 139 0712 3456", "+8613907123456")]
    [InlineData("2", "13907123456", "+8613907123456")]
    [InlineData("no", "13907123456", "+8613907123456")]
    public async Task On_SMS_another_number_asks_for_it_and_stores_that_one(string reply, string number, string stored)
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("sms", smsNumber: "+8613812345678")
            .Answer("referral", "yes")
            .Answer("referral.name", "Li Na")
            .Answer("referral.contact.offer", reply)
            .Answer("referral.contact", number)
            .Answer("precall.rheumatologist", "skip all");

        await person.RunAsync(host.Client);

        Assert.Equal(["referral.contact.offer", "referral.contact"], person.Asked.SkipWhile(id => id != "referral.contact.offer").Take(2));
        Assert.Equal(stored, (string?)Assert.Single(await ListAsync(host, string.Empty))["contactPhone"]);
    }

    [Fact]
    public async Task On_SMS_an_e_mail_address_given_at_the_offer_is_stored_normalised_without_asking_again()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("sms", smsNumber: "+8613812345678")
            .Answer("referral", "yes")
            .Answer("referral.name", "Li Na")
            .Answer("referral.contact.offer", "email me instead: Li.Na@Example.COM")
            .Answer("precall.rheumatologist", "skip all");

        await person.RunAsync(host.Client);

        Assert.DoesNotContain("referral.contact", person.Asked);
        var referral = Assert.Single(await ListAsync(host, string.Empty));
        Assert.Equal("Li.Na@example.com", (string?)referral["contactEmail"]);
        Assert.Null((string?)referral["contactPhone"]);
    }

    [Fact]
    public async Task A_person_told_likely_ineligible_can_ask_to_look_again_which_makes_a_referral_in_the_look_again_queue()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("webchat").Answer("age", "75");

        var last = await person.RunAsync(host.Client);

        Assert.Null(last);
        Assert.Equal("likely-ineligible", (string?)person.Outcome!["outcome"]);
        var outcomeText = (string?)person.Replies.Single(reply => reply["entities"]?.AsArray().OfType<JsonObject>().Any(entity => (string?)entity["type"] == "trialbot/outcome") == true)["text"];
        Assert.Contains("reply “look again”", outcomeText, StringComparison.Ordinal);

        person.Answer("look-again", "yes").Answer("referral.site", "Shanghai").Answer("referral.name", "Wang Fang").Answer("referral.contact", "+86 138 0013 8000");
        last = await person.RunAsync(host.Client, "look again");

        Assert.Null(last);
        Assert.Equal(["look-again", "referral.site", "referral.name", "referral.contact"], person.Asked.SkipWhile(id => id != "look-again"));
        Assert.Contains("look at your answers again", (string?)person.LastTurn[^1]["text"], StringComparison.Ordinal);
        var queue = await ListAsync(host, "queue=look-again");
        var referral = Assert.Single(queue);
        Assert.Equal("likely-ineligible", (string?)referral["outcomeId"]);
        Assert.True((bool)referral["reviewRequested"]!);
        Assert.Equal("shanghai-renji", (string?)referral["siteId"]);
        Assert.Empty(referral["preCall"]!.AsArray());
        Assert.Empty(await ListAsync(host, "queue=referrals"));
        var row = Assert.Single(CsvTable.Read(await TextAsync(host, "/api/referrals?format=csv&queue=look-again")));
        Assert.Equal("yes", row["look_again_requested"]);
        var fhir = await TextAsync(host, "/api/referrals?format=fhir&queue=look-again");
        Assert.Contains("look-again-requested\",\"valueBoolean\":true", fhir, StringComparison.Ordinal);

        await person.SayAsync(host.Client, "look again");
        Assert.Contains("already with the study team", (string?)person.LastTurn[^1]["text"], StringComparison.Ordinal);
        Assert.Single(await ListAsync(host, string.Empty));
    }

    [Fact]
    public async Task Look_again_in_Chinese_after_a_likely_ineligible_outcome_asks_for_consent_and_no_stores_nothing()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("webchat", "zh").Answer("age", "75岁");
        await person.RunAsync(host.Client);
        Assert.Contains("请再看看", (string?)person.Replies.Last(reply => reply["entities"] is not null && reply.ToJsonString().Contains("trialbot/outcome", StringComparison.Ordinal))["text"], StringComparison.Ordinal);

        var asked = await person.SayAsync(host.Client, "请再看看");
        Assert.Equal("look-again", asked);
        Assert.Null(await person.SayAsync(host.Client, "不用了"));

        Assert.Empty(await ListAsync(host, string.Empty));
    }

    [Fact]
    public async Task Look_again_before_any_outcome_says_what_it_is_for_and_asks_the_same_question_again()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        var person = ConversationScript.On("webchat");
        Assert.Equal("consent", await person.SayAsync(host.Client, "hello"));
        Assert.Equal("age", await person.SayAsync(host.Client, "yes"));

        Assert.Equal("age", await person.SayAsync(host.Client, "look again"));
        Assert.Contains("likely not eligible", (string?)person.LastTurn[0]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_screened_twice_shows_as_one_person_with_two_screenings_in_the_list()
    {
        await using var host = await RunningHost.StartAsync(settings: ApiOn);
        foreach (var contact in new[] { "138 1234 5678", "+86 138-1234-5678" })
        {
            await ConversationScript.On("webchat")
                .Answer("referral", "yes")
                .Answer("referral.name", "Li Na")
                .Answer("referral.contact", contact)
                .Answer("precall.rheumatologist", "skip all")
                .RunAsync(host.Client);
        }

        await ConversationScript.On("webchat")
            .Answer("referral", "yes")
            .Answer("referral.name", "Zhao Lei")
            .Answer("referral.contact", "zhao.lei@example.org")
            .Answer("precall.rheumatologist", "skip all")
            .RunAsync(host.Client);

        var listed = await ListAsync(host, string.Empty);
        Assert.Equal(3, listed.Count);
        Assert.Equal(listed[0]["person"]!["key"]!.GetValue<string>(), listed[1]["person"]!["key"]!.GetValue<string>());
        Assert.Equal([2, 2, 1], listed.Select(referral => (int)referral["person"]!["screenings"]!));
        var filtered = await ListAsync(host, "channel=webchat&person=" + listed[0]["person"]!["key"]!.GetValue<string>());
        Assert.Equal([2, 2], filtered.Select(referral => (int)referral["person"]!["screenings"]!));
    }

    private static Task<IReadOnlyList<JsonObject>> ListAsync(RunningHost host, string query) => ReferralApi.ListAsync(host, Key, query);

    private static Task<string> TextAsync(RunningHost host, string path) => ReferralApi.TextAsync(host, Key, path);
}
