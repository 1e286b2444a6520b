using System.Net;
using Microsoft.AspNetCore.Http;
using System.Text;
using System.Text.Json.Nodes;
using TrialBot.Host.Referrals;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests;

public sealed class ReferralWorkflowApiTests
{
    private const string Key = "coordinator-key-7c1f9a2e";

    private static readonly Dictionary<string, string?> ApiOn = new() { ["Referrals:ApiKey"] = Key };

    [Fact]
    public async Task A_status_change_is_kept_in_the_history_and_a_bad_one_gets_409_with_the_allowed_ones()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var referral = SampleReferrals.Create();
        await host.Services.GetRequiredService<IReferralStore>().AddAsync(referral);

        using var contacted = await PostAsync(host, $"/api/referrals/{referral.Id}/status", """{"status":"contacted","note":"left a message"}""");
        using var skipped = await PostAsync(host, $"/api/referrals/{referral.Id}/status", """{"status":"enrolled"}""");
        using var note = await PostAsync(host, $"/api/referrals/{referral.Id}/notes", """{"kind":"contact-attempt","note":"no answer"}""");
        using var read = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{referral.Id}")));

        Assert.Equal(HttpStatusCode.OK, contacted.StatusCode);
        Assert.Equal("contacted", (string?)JsonNode.Parse(await contacted.Content.ReadAsStringAsync())!["status"]);
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Contains("call-done", (string?)(await TestActivities.ProblemAsync(skipped))["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        var body = JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        var history = body["history"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.Equal("new", (string?)history[0]!["fromStatus"]);
        Assert.Equal("contacted", (string?)history[0]!["toStatus"]);
        Assert.Equal(ReferralAccess.ApiKeyActor, (string?)history[0]!["actor"]);
        Assert.Equal("contact-attempt", (string?)history[1]!["kind"]);
        Assert.Contains("call-done", body["nextStatuses"]!.AsArray().Select(status => (string?)status));
        Assert.Single(body["screenings"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"status":"maybe"}""", "status")]
    [InlineData("""{"status":"not-eligible"}""", "note")]
    [InlineData("""{"status":""", "body")]
    [InlineData("""[1,2]""", "body")]
    public async Task A_bad_status_request_gets_400_naming_what_is_wrong(string json, string parameter)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var referral = SampleReferrals.Create();
        await host.Services.GetRequiredService<IReferralStore>().AddAsync(referral);

        using var response = await PostAsync(host, $"/api/referrals/{referral.Id}/status", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await TestActivities.ProblemAsync(response))["errors"]![parameter]);
    }

    [Theory]
    [InlineData("status=unknown", "status")]
    [InlineData("queue=everything", "queue")]
    [InlineData("lang=fr", "lang")]
    [InlineData("format=xml", "format")]
    public async Task A_malformed_filter_gets_400_naming_it(string query, string parameter)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);

        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals?" + query)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await TestActivities.ProblemAsync(response))["errors"]![parameter]);
    }

    [Fact]
    public async Task The_look_again_queue_the_channel_and_the_person_filter_the_list_and_screenings_of_one_person_show_together()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var store = host.Services.GetRequiredService<IReferralStore>();
        var first = SampleReferrals.Create(phone: "138 0000 0000");
        var again = SampleReferrals.Create(phone: "+86 138-0000-0000", createdAt: SampleReferrals.March1.AddDays(2)) with { ReviewRequested = true, OutcomeId = "likely-ineligible", ChannelId = "sms" };
        var other = SampleReferrals.Create(phone: "+86 139 0000 0000");
        foreach (var referral in new[] { first, again, other })
        {
            await store.AddAsync(referral);
        }

        var queue = await ListAsync(host, "queue=look-again");
        var sms = await ListAsync(host, "channel=sms");
        using var one = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{first.Id}")));
        var body = JsonNode.Parse(await one.Content.ReadAsStringAsync())!;
        var person = await ListAsync(host, "person=" + (string?)body["personKey"]);

        Assert.Equal([again.Id.ToString("D")], queue);
        Assert.Equal([again.Id.ToString("D")], sms);
        Assert.Equal([first.Id.ToString("D"), again.Id.ToString("D")], body["screenings"]!.AsArray().Select(screening => (string)screening!["id"]!));
        Assert.Equal([first.Id.ToString("D"), again.Id.ToString("D")], person);
        Assert.Equal("+8613800000000", (string?)body["contactPhone"]);
    }

    [Fact]
    public async Task The_workflow_table_is_served()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);

        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals/workflow")));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(ReferralStatuses.All, body["statuses"]!.AsArray().Select(status => (string?)status));
        Assert.Contains("contacted", body["transitions"]!["new"]!.AsArray().Select(status => (string?)status));
    }

    [Fact]
    public async Task A_caller_scoped_to_one_site_never_sees_or_changes_another_sites_referral()
    {
        await using var host = await RunningHost.StartAsync(
            new TwoRepliesBot(),
            ApiOn,
            builder => builder.Services.AddSingleton<IReferralAccess>(new OneSiteAccess("wuhan-union")));
        var store = host.Services.GetRequiredService<IReferralStore>();
        var shanghai = SampleReferrals.Create(siteId: "shanghai-renji");
        var wuhan = SampleReferrals.Create(siteId: "wuhan-union");
        await store.AddAsync(shanghai);
        await store.AddAsync(wuhan);

        var listed = await ListAsync(host, string.Empty);
        using var foreign = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{shanghai.Id}")));
        using var change = await PostAsync(host, $"/api/referrals/{shanghai.Id}/status", """{"status":"contacted"}""");
        using var contacted = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{shanghai.Id}/contacted")));
        using var fhir = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{shanghai.Id}?format=fhir")));

        Assert.Equal([wuhan.Id.ToString("D")], listed);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, contacted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, fhir.StatusCode);
        Assert.Equal(ReferralStatuses.New, (await store.GetAsync(ReferralScope.AllSites, shanghai.Id))!.Status);
    }

    [Fact]
    public async Task Notes_and_answers_never_reach_the_logs()
    {
        const string secretNote = "patient mentioned HIV status at the call";
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var referral = SampleReferrals.Create() with
        {
            Details = new ReferralDetails([new ReferralAnswer("age", new ReferralText("Age", "年龄"), "我今年四十二岁", new ReferralText("42 years old", "42岁"), false)], [], []),
        };
        await host.Services.GetRequiredService<IReferralStore>().AddAsync(referral);

        using var noted = await PostAsync(host, $"/api/referrals/{referral.Id}/notes", $$"""{"note":"{{secretNote}}"}""");
        using var closed = await PostAsync(host, $"/api/referrals/{referral.Id}/status", $$"""{"status":"not-eligible","note":"{{secretNote}}"}""");
        using var csv = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals?format=csv")));
        using var fhir = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals?format=fhir")));

        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Contains("我今年四十二岁", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(secretNote, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        Assert.DoesNotContain(secretNote, host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("我今年四十二岁", host.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("42 years old", host.Logs.AllText, StringComparison.Ordinal);
    }

    private static async Task<string[]> ListAsync(RunningHost host, string query) =>
        [.. (await ReferralApi.ListAsync(host, Key, query)).Select(item => (string)item["id"]!)];

    private static Task<HttpResponseMessage> PostAsync(RunningHost host, string path, string json) =>
        host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") }));

    private static HttpRequestMessage WithKey(HttpRequestMessage request) => ReferralApi.WithKey(request, Key);

    /// <summary>A caller who may see one site only, as a coordinator's account would be.</summary>
    private sealed class OneSiteAccess(string siteId) : IReferralAccess
    {
        public ReferralScope ScopeOf(HttpContext http) => ReferralScope.ForSites([siteId]);

        public string ActorOf(HttpContext http) => "coordinator@" + siteId;
    }
}
