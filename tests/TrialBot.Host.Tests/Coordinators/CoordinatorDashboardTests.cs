using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests.Coordinators;

public sealed class CoordinatorDashboardTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task The_dashboard_counts_stored_funnel_events_and_the_sites_referrals_with_time_to_first_contact()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        var today = DateTimeOffset.UtcNow;
        var funnel = host.Services.GetRequiredService<IFunnelEventStore>();
        await funnel.AppendAsync(
        [
            new(today.AddMinutes(-50), "s1", FunnelEventKinds.Started, "sms", "zh", "NCT05765006"),
            new(today.AddMinutes(-49), "s1", FunnelEventKinds.QuestionReached, "sms", "zh", "NCT05765006", QuestionId: "consent"),
            new(today.AddMinutes(-48), "s1", FunnelEventKinds.QuestionReached, "sms", "zh", "NCT05765006", QuestionId: "age"),
            new(today.AddMinutes(-47), "s1", FunnelEventKinds.Reasked, "sms", "zh", "NCT05765006", QuestionId: "age"),
            new(today.AddMinutes(-40), "s2", FunnelEventKinds.Started, "webchat", "en", "NCT05765006"),
            new(today.AddMinutes(-39), "s2", FunnelEventKinds.QuestionReached, "webchat", "en", "NCT05765006", QuestionId: "consent"),
            new(today.AddMinutes(-38), "s2", FunnelEventKinds.QuestionReached, "webchat", "en", "NCT05765006", QuestionId: "age"),
            new(today.AddMinutes(-30), "s2", FunnelEventKinds.Completed, "webchat", "en", "NCT05765006", OutcomeId: "likely-eligible"),
            new(today.AddMinutes(-29), "s2", FunnelEventKinds.Referred, "webchat", "en", "NCT05765006", "wuhan-union", OutcomeId: "likely-eligible"),
            new(today.AddMinutes(-20), "s3", FunnelEventKinds.Referred, "webchat", "en", "NCT05765006", "shanghai-renji", OutcomeId: "likely-eligible"),
        ]);
        var store = host.Services.GetRequiredService<IReferralStore>();
        var contacted = SampleReferrals.Create(siteId: "wuhan-union", createdAt: today.AddHours(-30));
        await store.AddAsync(contacted);
        await store.AddAsync(SampleReferrals.Create(siteId: "wuhan-union", createdAt: today.AddHours(-1)));
        await store.AddAsync(SampleReferrals.Create(siteId: "shanghai-renji", createdAt: today.AddHours(-2)));
        await store.ChangeStatusAsync(ReferralScope.AllSites, contacted.Id, new StatusChange(ReferralStatuses.Contacted, "someone", null));
        await CoordinatorBrowser.AddAccountAsync(host, "wuhan@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("wuhan@example.org", Password);

        using var response = await browser.GetAsync("/coordinators/api/dashboard");
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Summed over the days: run just after midnight UTC, the events of the last hour fall on two days.
        var days = report["perDay"]!.AsArray();
        Assert.Equal(2, days.Sum(day => (int)day!["started"]!));
        Assert.Equal(1, days.Sum(day => (int)day!["completed"]!));
        Assert.Contains(days, day => (string?)day!["day"] == today.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(30, report["perDay"]!.AsArray().Count);
        var age = report["funnel"]!.AsArray().Single(step => (string?)step!["questionId"] == "age")!;
        Assert.Equal(2, (int)age["reached"]!);
        Assert.Equal(1, (int)age["stoppedHere"]!);
        Assert.Equal(1, (int)age["reasks"]!);
        Assert.Equal("likely-eligible", (string?)report["outcomes"]![0]!["key"]);
        Assert.Equal(["sms", "webchat"], report["byChannel"]!.AsArray().Select(row => (string?)row!["key"]));
        Assert.Equal(1, (int)report["byChannel"]![1]!["referred"]!);
        Assert.Equal([("wuhan-union", 2)], report["bySite"]!.AsArray().Select(row => ((string?)row!["key"], (int)row["count"]!)));
        Assert.Equal(1, (int)report["referralsByStatus"]!.AsArray().Single(row => (string?)row!["key"] == "contacted")!["count"]!);
        Assert.Equal(1, (int)report["firstContact"]!["contacted"]!);
        Assert.Equal(1, (int)report["firstContact"]!["waiting"]!);
        Assert.Equal(1, (int)report["firstContact"]!["buckets"]!.AsArray().Single(bucket => (string?)bucket!["key"] == "1-3d")!["count"]!);
    }

    [Theory]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?from=2026-03-01&to=2026-02-01", "from")]
    [InlineData("?from=2024-01-01&to=2026-01-01", "from")]
    [InlineData("?language=fr", "language")]
    [InlineData("?sites=x", "sites")]
    [InlineData("?trial=NCT05765006,NCT06038474", "trial")]
    public async Task A_malformed_dashboard_query_gets_400_naming_the_parameter(string query, string parameter)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await CoordinatorBrowser.AddAccountAsync(host, "wuhan@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("wuhan@example.org", Password);

        using var response = await browser.GetAsync("/coordinators/api/dashboard" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await TestActivities.ProblemAsync(response))["errors"]![parameter]);
    }

    [Fact]
    public async Task The_dashboard_needs_a_signed_in_coordinator()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        using var browser = new CoordinatorBrowser(host.Address);

        using var response = await browser.GetAsync("/coordinators/api/dashboard");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
