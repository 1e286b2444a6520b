using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Host.Referrals;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

/// <summary>
/// Whole screenings over <c>POST /api/messages</c> with <c>Trial:DefinitionPaths</c> listing both repository trials:
/// questions asked alike are asked once, a question only one trial needs stops once that trial has failed, the outcome
/// entity carries each trial's result in <c>trials</c>, the message leads with each trial's result, a Chinese
/// conversation screens the trial with Chinese texts and says plainly that the other is in English only, and the stored
/// referral names the trials it is for (read back over the referral API as JSON and CSV).
/// </summary>
public sealed class TwoTrialsOverMessagesTests
{
    private const string First = "NCT05765006";
    private const string Second = "NCT06038474";
    private const string Key = "coordinator-key-2f81c0de";

    private static readonly Dictionary<string, string?> BothTrials = new()
    {
        ["Trial:DefinitionPaths:0"] = "trials/NCT05765006.json",
        ["Trial:DefinitionPaths:1"] = "trials/NCT06038474.json",
        ["Referrals:ApiKey"] = Key,
    };

    private const string AgeInChinese = "您今年多少周岁？";

    private static readonly string[] AskedAlike = ["age", "diagnosis"];

    /// <summary>Someone eligible for both: the first trial's scripted person, with the second trial's own questions answered.</summary>
    private static ConversationScript EligibleForBoth(string language = "en") => ConversationScript.On("webchat", language)
        .Answer("pregnant", "no")
        .Answer(Second + "/disease-active", "yes")
        .Answer(Second + "/treatment", "prednisone, mycophenolate mofetil and azathioprine")
        .Answer(Second + "/antibodies", "yes")
        .Answer("nephritis", "no")
        .Answer("neuro", "no")
        .Answer("chronic-illness", "no");

    [Fact]
    public async Task Someone_eligible_for_both_is_asked_each_question_once_and_told_each_trials_result_with_its_nearest_site()
    {
        await using var host = await RunningHost.StartAsync(settings: BothTrials);
        var person = EligibleForBoth();

        var last = await person.RunAsync(host.Client, stopAt: "referral");

        Assert.Equal("referral", last);
        Assert.Equal(person.Asked.Count, person.Asked.Distinct().Count());
        Assert.All(AskedAlike, id => Assert.Single(person.Asked, id));
        Assert.Contains(Second + "/treatment", person.Asked);
        Assert.Contains("treatment", person.Asked);
        var outcome = person.Outcome!;
        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        var trials = outcome["trials"]!.AsArray();
        Assert.Equal([First, Second], trials.Select(trial => (string?)trial!["id"]));
        Assert.All(trials, trial => Assert.Equal("likely-eligible", (string?)trial!["outcome"]));
        Assert.Equal("wuhan-union", (string?)trials[0]!["site"]!["id"]);
        Assert.Equal("oceanside", (string?)trials[1]!["site"]!["id"]);
        Assert.Equal(["I1", "I2", "I3", "I4", "E1", "E2", "E3"], trials[1]!["criteria"]!.AsArray().Select(criterion => (string?)criterion!["id"]));
        Assert.Contains(First + "/I1", outcome["criteria"]!.AsArray().Select(criterion => (string?)criterion!["id"]));
        var message = OutcomeText(person);
        Assert.StartsWith($"Study {First}", message, StringComparison.Ordinal);
        Assert.True(message.IndexOf($"Study {Second}", StringComparison.Ordinal) > 0, message);
        Assert.Contains("Oceanside", message, StringComparison.Ordinal);
        Assert.Contains("The listing names no investigator.", message, StringComparison.Ordinal);
        Assert.Contains("This chat pre-screens for several studies at once", (string?)person.Replies[0]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eligible_for_the_first_only_the_second_trials_own_questions_stop_and_the_referral_names_the_first()
    {
        await using var host = await RunningHost.StartAsync(settings: BothTrials);
        var person = EligibleForBoth()
            .Answer("pregnant", "yes")
            .Answer("referral", "yes")
            .Answer("referral.name", "Li Na")
            .Answer("referral.contact", "li.na@example.com")
            .Answer("precall.rheumatologist", "skip all");

        await person.RunAsync(host.Client);

        Assert.Contains("pregnant", person.Asked);
        var review = person.TextOf("review");
        Assert.Contains("Pregnant or breastfeeding", review, StringComparison.Ordinal);
        Assert.Contains("Lupus medicines", review, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Asked, id => id is "nephritis" or "neuro" or "chronic-illness" || id.StartsWith(Second, StringComparison.Ordinal));
        Assert.DoesNotContain("referral.site", person.Asked);
        var trials = person.Outcome!["trials"]!.AsArray();
        Assert.Equal(["likely-eligible", "likely-ineligible"], trials.Select(trial => (string?)trial!["outcome"]));
        Assert.Null(trials[1]!["site"]);
        Assert.Equal("likely-eligible", (string?)person.Outcome["outcome"]);
        var message = OutcomeText(person);
        Assert.Contains("pregnant or breastfeeding", message, StringComparison.Ordinal);
        Assert.DoesNotContain("brain or spinal cord", message, StringComparison.Ordinal);

        var referral = Assert.Single(await ListAsync(host));
        Assert.Equal(First, (string?)referral["trialId"]);
        Assert.Equal("wuhan-union", (string?)referral["siteId"]);
        Assert.Contains("precall.rheumatologist", person.Asked);
        Assert.Equal(First, Assert.Single(CsvTable.Read(await TextAsync(host, "/api/referrals?format=csv")))["trial_id"]);
    }

    [Fact]
    public async Task Eligible_for_the_second_only_the_first_trials_own_questions_stop_and_the_referral_names_the_second()
    {
        await using var host = await RunningHost.StartAsync(settings: BothTrials);
        var person = EligibleForBoth()
            .Answer("cns", "yes")
            .Answer("referral", "yes")
            .Answer("referral.name", "Ann Lee")
            .Answer("referral.contact", "ann.lee@example.com")
            .Answer("precall.rheumatologist", "skip all");

        await person.RunAsync(host.Client);

        Assert.Contains("cns", person.Asked);
        Assert.DoesNotContain(person.Asked, id => id is "other-autoimmune" or "treatment" or "steroid-dose" or "sledai" or "iga" or "location");
        Assert.Equal(["nephritis", "neuro", "chronic-illness"], person.Asked.SkipWhile(id => id != "nephritis").TakeWhile(id => id != "review"));
        var trials = person.Outcome!["trials"]!.AsArray();
        Assert.Equal(["likely-ineligible", "likely-eligible"], trials.Select(trial => (string?)trial!["outcome"]));
        Assert.Equal("likely-eligible", (string?)person.Outcome["outcome"]);
        Assert.Equal("oceanside", (string?)person.Outcome["site"]!["id"]);

        var referral = Assert.Single(await ListAsync(host));
        Assert.Equal(Second, (string?)referral["trialId"]);
        Assert.Equal("oceanside", (string?)referral["siteId"]);
        Assert.DoesNotContain(person.Asked, id => id.StartsWith("precall.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_Chinese_conversation_screens_the_trial_with_Chinese_texts_and_says_the_other_is_in_English_only()
    {
        await using var host = await RunningHost.StartAsync(settings: BothTrials);
        var person = EligibleForBoth("zh");

        await person.RunAsync(host.Client, stopAt: "referral");

        Assert.DoesNotContain(person.Asked, id => id is "pregnant" or "nephritis" || id.StartsWith(Second, StringComparison.Ordinal));
        Assert.Contains(AgeInChinese, person.TextOf("age"), StringComparison.Ordinal);
        var trials = person.Outcome!["trials"]!.AsArray();
        Assert.Equal(["likely-eligible", "not-screened"], trials.Select(trial => (string?)trial!["outcome"]));
        Assert.Equal("likely-eligible", (string?)person.Outcome["outcome"]);
        var message = OutcomeText(person);
        Assert.Contains($"研究{Second}", message, StringComparison.Ordinal);
        Assert.Contains("只有英文版", message, StringComparison.Ordinal);
        Assert.Contains("English", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_refused_ends_the_screening_for_every_trial_as_declined()
    {
        await using var host = await RunningHost.StartAsync(settings: BothTrials);
        var person = EligibleForBoth().Answer("consent", "no");

        await person.RunAsync(host.Client);

        Assert.Equal(["consent"], person.Asked.Where(id => !id.EndsWith(".confirm", StringComparison.Ordinal) && id != "review"));
        Assert.Equal("declined", (string?)person.Outcome!["outcome"]);
    }

    [Fact]
    public async Task Both_paths_at_once_is_refused_at_start_up()
    {
        var settings = new Dictionary<string, string?>(BothTrials) { ["Trial:DefinitionPath"] = "trials/NCT06038474.json" };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => RunningHost.StartAsync(settings: settings));

        Assert.Contains("DefinitionPaths", error.Message, StringComparison.Ordinal);
    }

    private static string OutcomeText(ConversationScript person) =>
        (string?)person.Replies.First(reply => reply["entities"]?.AsArray().OfType<JsonObject>().Any(entity => (string?)entity["type"] == "trialbot/outcome") == true)["text"] ?? string.Empty;

    private static Task<IReadOnlyList<JsonObject>> ListAsync(RunningHost host) => ReferralApi.ListAsync(host, Key);

    private static Task<string> TextAsync(RunningHost host, string path) => ReferralApi.TextAsync(host, Key, path);
}
