using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests.Coordinators;

/// <summary>
/// The coordinators' web app with <c>Trial:DefinitionPaths</c> listing both repository trials: the session offers both
/// for the trial filters, a referral for both trials is listed (and exported) under either, and the dashboard counts the
/// funnel as the bot records it for several trials (a screening's steps name its trials, its completion the outcome the
/// person was told and each trial's own outcome).
/// </summary>
public sealed class CoordinatorTwoTrialsTests
{
    private const string First = "NCT05765006";
    private const string Second = "NCT06038474";
    private const string Both = First + "," + Second;
    private const string Password = "correct horse battery";

    private static readonly Dictionary<string, string?> BothTrials = new()
    {
        ["Trial:DefinitionPaths:0"] = "trials/NCT05765006.json",
        ["Trial:DefinitionPaths:1"] = "trials/NCT06038474.json",
    };

    [Fact]
    public async Task The_session_offers_every_trial_for_the_trial_filters()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), BothTrials);
        using var browser = await SignedInAsync(host);

        var session = await browser.SessionAsync();

        Assert.Equal([First, Second], session["trialIds"]!.AsArray().Select(trial => (string?)trial));
        Assert.Equal(First, (string?)session["trialId"]);
    }

    [Fact]
    public async Task A_referral_for_both_trials_is_listed_and_exported_under_either_and_not_under_another()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), BothTrials);
        var store = host.Services.GetRequiredService<IReferralStore>();
        var first = SampleReferrals.Create(name: "Li Na", siteId: "wuhan-union") with { TrialId = First };
        var both = SampleReferrals.Create(name: "Wang Fang", siteId: "wuhan-union", createdAt: SampleReferrals.March1.AddHours(1)) with { TrialId = Both };
        var second = SampleReferrals.Create(name: "Ann Lee", siteId: "oceanside", createdAt: SampleReferrals.March1.AddHours(2)) with { TrialId = Second };
        foreach (var referral in new[] { first, both, second })
        {
            await store.AddAsync(referral);
        }

        using var browser = await SignedInAsync(host);

        Assert.Equal(["Li Na", "Wang Fang"], await NamesAsync(browser, "?trial=" + First));
        Assert.Equal(["Wang Fang", "Ann Lee"], await NamesAsync(browser, "?trial=" + Second));
        Assert.Empty(await NamesAsync(browser, "?trial=NCT00000000"));
        Assert.Equal(["Li Na", "Wang Fang", "Ann Lee"], await NamesAsync(browser, string.Empty));
        using var csv = await browser.GetAsync($"/coordinators/api/referrals/?trial={Second}&format=csv");
        var rows = CsvTable.Read(await csv.Content.ReadAsStringAsync());
        Assert.Equal([Both, Second], rows.Select(row => row["trial_id"]));
        using var several = await browser.GetAsync($"/coordinators/api/referrals/?trial={Both}");
        Assert.Equal(HttpStatusCode.BadRequest, several.StatusCode);
        Assert.NotNull((await TestActivities.ProblemAsync(several))["errors"]!["trial"]);
    }

    [Fact]
    public async Task The_dashboard_filtered_on_a_trial_counts_its_screenings_its_own_outcomes_and_its_referrals()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), BothTrials);
        var now = DateTimeOffset.UtcNow;
        await host.Services.GetRequiredService<IFunnelEventStore>().AppendAsync(
        [
            // Screened in English for both: told likely eligible (for the first), referred for the first.
            new(now.AddMinutes(-50), "s1", FunnelEventKinds.Started, "webchat", "en", Both),
            new(now.AddMinutes(-49), "s1", FunnelEventKinds.QuestionReached, "webchat", "en", Both, QuestionId: "consent"),
            new(now.AddMinutes(-48), "s1", FunnelEventKinds.QuestionReached, "webchat", "en", Both, QuestionId: "age"),
            new(now.AddMinutes(-40), "s1", FunnelEventKinds.Completed, "webchat", "en", Both, OutcomeId: "likely-eligible"),
            new(now.AddMinutes(-40), "s1", FunnelEventKinds.TrialOutcome, "webchat", "en", First, OutcomeId: "likely-eligible"),
            new(now.AddMinutes(-40), "s1", FunnelEventKinds.TrialOutcome, "webchat", "en", Second, OutcomeId: "likely-ineligible"),
            new(now.AddMinutes(-39), "s1", FunnelEventKinds.Referred, "webchat", "en", First, "wuhan-union", OutcomeId: "likely-eligible"),

            // Screened in Chinese: only the first trial has Chinese texts.
            new(now.AddMinutes(-30), "s2", FunnelEventKinds.Started, "sms", "zh", First),
            new(now.AddMinutes(-29), "s2", FunnelEventKinds.QuestionReached, "sms", "zh", First, QuestionId: "consent"),
            new(now.AddMinutes(-20), "s2", FunnelEventKinds.Completed, "sms", "zh", First, OutcomeId: "likely-ineligible"),

            // Screened in English for both, stopped at the age.
            new(now.AddMinutes(-10), "s3", FunnelEventKinds.Started, "webchat", "en", Both),
            new(now.AddMinutes(-9), "s3", FunnelEventKinds.QuestionReached, "webchat", "en", Both, QuestionId: "consent"),
            new(now.AddMinutes(-8), "s3", FunnelEventKinds.QuestionReached, "webchat", "en", Both, QuestionId: "age"),
        ]);
        var store = host.Services.GetRequiredService<IReferralStore>();
        await store.AddAsync(SampleReferrals.Create(siteId: "wuhan-union", createdAt: now.AddMinutes(-39)) with { TrialId = First });
        await store.AddAsync(SampleReferrals.Create(siteId: "wuhan-union", createdAt: now.AddMinutes(-5)) with { TrialId = Both });
        await store.AddAsync(SampleReferrals.Create(siteId: "oceanside", createdAt: now.AddMinutes(-4)) with { TrialId = Second });
        using var browser = await SignedInAsync(host);

        var all = await DashboardAsync(browser, string.Empty);
        var first = await DashboardAsync(browser, "?trial=" + First);
        var second = await DashboardAsync(browser, "?trial=" + Second);

        Assert.Equal((3, 2), Totals(all));
        Assert.Equal([("likely-eligible", 1), ("likely-ineligible", 1)], Counts(all["outcomes"]!));
        Assert.Equal([(First, 3, 2, 1), (Second, 2, 1, 0)], Breakdown(all["byTrial"]!));
        Assert.Equal([("wuhan-union", 2), ("oceanside", 1)], Counts(all["bySite"]!));

        Assert.Equal((3, 2), Totals(first));
        Assert.Equal([("likely-eligible", 1), ("likely-ineligible", 1)], Counts(first["outcomes"]!));
        Assert.Equal([(First, 3, 2, 1)], Breakdown(first["byTrial"]!));
        Assert.Equal([("wuhan-union", 2)], Counts(first["bySite"]!));
        Assert.Equal((3, 0), Step(first, "consent"));
        Assert.Equal((2, 1), Step(first, "age"));

        Assert.Equal((2, 1), Totals(second));
        Assert.Equal([("likely-ineligible", 1)], Counts(second["outcomes"]!));
        Assert.Equal([(Second, 2, 1, 0)], Breakdown(second["byTrial"]!));
        Assert.Equal([("oceanside", 1), ("wuhan-union", 1)], Counts(second["bySite"]!));
        Assert.Equal((2, 0), Step(second, "consent"));
        Assert.Equal((2, 1), Step(second, "age"));
    }

    private static async Task<CoordinatorBrowser> SignedInAsync(RunningHost host)
    {
        await CoordinatorBrowser.AddAccountAsync(host, "team@example.org", Password, "wuhan-union", "oceanside");
        var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("team@example.org", Password);
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        return browser;
    }

    private static async Task<IReadOnlyList<string?>> NamesAsync(CoordinatorBrowser browser, string query)
    {
        using var response = await browser.GetAsync("/coordinators/api/referrals/" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(referral => (string?)referral!["contactName"])];
    }

    private static async Task<JsonNode> DashboardAsync(CoordinatorBrowser browser, string query)
    {
        using var response = await browser.GetAsync("/coordinators/api/dashboard" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static (int Started, int Completed) Totals(JsonNode report) =>
        (report["perDay"]!.AsArray().Sum(day => (int)day!["started"]!), report["perDay"]!.AsArray().Sum(day => (int)day!["completed"]!));

    private static (int Reached, int StoppedHere) Step(JsonNode report, string questionId)
    {
        var step = report["funnel"]!.AsArray().Single(step => (string?)step!["questionId"] == questionId)!;
        return ((int)step["reached"]!, (int)step["stoppedHere"]!);
    }

    private static IReadOnlyList<(string?, int)> Counts(JsonNode counts) =>
        [.. counts.AsArray().Select(row => ((string?)row!["key"], (int)row["count"]!))];

    private static IReadOnlyList<(string?, int, int, int)> Breakdown(JsonNode rows) =>
        [.. rows.AsArray().Select(row => ((string?)row!["key"], (int)row["started"]!, (int)row["completed"]!, (int)row["referred"]!))];
}
