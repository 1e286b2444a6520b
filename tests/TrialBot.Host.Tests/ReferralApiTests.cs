using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Moq;
using TrialBot.Host.Referrals;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests;

public sealed class ReferralApiTests
{
    private const string Key = "coordinator-key-7c1f9a2e";

    private static readonly Dictionary<string, string?> ApiOn = new() { ["Referrals:ApiKey"] = Key };

    [Theory]
    [InlineData("GET", "/api/referrals")]
    [InlineData("GET", "/api/referrals/3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("POST", "/api/referrals/3f2504e0-4f89-41d3-9a0c-0305e82c3301/contacted")]
    public async Task Without_an_API_key_configured_the_endpoints_answer_404_even_to_a_caller_with_a_key(string method, string path)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(new HttpMethod(method), path), Key));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_key_gets_401_saying_where_the_key_goes()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);

        using var response = await host.Client.GetAsync("/api/referrals");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var problem = await TestActivities.ProblemAsync(response);
        Assert.Contains(ReferralApiKeyFilter.ApiKeyHeader, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coordinator-key-7c1f9a2f")]
    [InlineData("short")]
    [InlineData("coordinator-key-7c1f9a2e-and-more")]
    public async Task A_wrong_key_gets_401_and_the_key_is_not_logged(string wrongKey)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);

        using var inHeader = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals"), wrongKey));
        using var asBearer = await host.Client.SendAsync(WithBearer(new HttpRequestMessage(HttpMethod.Get, "/api/referrals"), wrongKey));

        Assert.Equal(HttpStatusCode.Unauthorized, inHeader.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, asBearer.StatusCode);
        Assert.Contains("not valid", (string?)(await TestActivities.ProblemAsync(inHeader))["detail"], StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, host.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_key_in_either_header_lists_the_referrals_as_JSON_and_nothing_is_cached()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var referral = SampleReferrals.Create(name: "张伟", email: "zhang.wei@example.cn");
        await host.Services.GetRequiredService<IReferralStore>().AddAsync(referral);

        using var inHeader = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals"), Key));
        using var asBearer = await host.Client.SendAsync(WithBearer(new HttpRequestMessage(HttpMethod.Get, "/api/referrals"), Key));

        Assert.Equal(HttpStatusCode.OK, inHeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asBearer.StatusCode);
        Assert.True(inHeader.Headers.CacheControl?.NoStore);
        var listed = Assert.Single(JsonNode.Parse(await inHeader.Content.ReadAsStringAsync())!.AsArray())!;
        Assert.Equal(referral.Id.ToString("D"), (string?)listed["id"]);
        Assert.Equal("张伟", (string?)listed["contactName"]);
        Assert.Equal("zhang.wei@example.cn", (string?)listed["contactEmail"]);
        Assert.Equal("met", (string?)listed["criterionResults"]!["age"]);
        Assert.Null(listed["contactedAt"]);
        Assert.Null(listed["conversationKeyHash"]);
    }

    [Theory]
    [InlineData("?site=wuhan-union", new[] { "wuhan-eligible-march" })]
    [InlineData("?outcome=needs-review", new[] { "shanghai-review-april" })]
    [InlineData("?outcome=NEEDS-REVIEW&site=shanghai-renji", new[] { "shanghai-review-april" })]
    [InlineData("?from=2025-04-01", new[] { "shanghai-review-april" })]
    [InlineData("?to=2025-03-31", new[] { "shanghai-eligible-march", "wuhan-eligible-march" })]
    [InlineData("?from=2025-03-15&to=2025-03-15", new[] { "wuhan-eligible-march" })]
    [InlineData("?from=2025-03-15T08:00:00%2B08:00&to=2025-03-15T08:00:00Z", new[] { "wuhan-eligible-march" })]
    [InlineData("?from=2025-03-15T08:00:01+08:00", new[] { "shanghai-review-april" })]
    [InlineData("?site=&outcome=", new[] { "shanghai-eligible-march", "wuhan-eligible-march", "shanghai-review-april" })]
    public async Task Filters_select_by_site_outcome_and_creation_time_with_both_ends_inclusive(string query, string[] expectedNames)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var store = host.Services.GetRequiredService<IReferralStore>();
        await store.AddAsync(SampleReferrals.Create("shanghai-eligible-march", "shanghai-renji", "likely-eligible", SampleReferrals.March1));
        await store.AddAsync(SampleReferrals.Create("wuhan-eligible-march", "wuhan-union", "likely-eligible", new DateTimeOffset(2025, 3, 15, 0, 0, 0, TimeSpan.Zero)));
        await store.AddAsync(SampleReferrals.Create("shanghai-review-april", "shanghai-renji", "needs-review", new DateTimeOffset(2025, 4, 2, 9, 30, 0, TimeSpan.Zero)));

        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals" + query), Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(referral => (string?)referral!["contactName"]);
        Assert.Equal(expectedNames, names);
    }

    [Theory]
    [InlineData("?outcome=eligible", "outcome")]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?to=2025-02-30", "to")]
    [InlineData("?from=2025-03-02&to=2025-03-01", "from")]
    [InlineData("?from=2025-03-01T12:00:00Z&to=2025-03-01T11:59:59Z", "from")]
    [InlineData("?format=xml", "format")]
    [InlineData("?site=shanghai&site=wuhan-union", "site")]
    [InlineData("?outcom=likely-eligible", "outcom")]
    public async Task A_bad_query_value_gets_400_naming_the_parameter(string query, string parameter)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);

        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals" + query), Key));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestActivities.ProblemAsync(response);
        Assert.NotNull(problem["errors"]![parameter]);
        Assert.StartsWith(parameter + ":", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_outcome_filter_accepts_every_screening_outcome()
    {
        Assert.Equal(["likely-eligible", "likely-ineligible", "needs-review", "declined"], ReferralQuery.OutcomeIds);
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);

        foreach (var outcome in ReferralQuery.OutcomeIds)
        {
            using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals?outcome={outcome}"), Key));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_CSV_export_is_a_UTF8_attachment_with_a_byte_order_mark_a_header_Chinese_names_intact_and_formulas_defused()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var store = host.Services.GetRequiredService<IReferralStore>();
        await store.AddAsync(SampleReferrals.Create(name: "王小明", phone: "+86 139 1234 5678"));
        await store.AddAsync(SampleReferrals.Create(name: "=HYPERLINK(\"http://evil.example\")", createdAt: SampleReferrals.March1.AddHours(1)));

        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals?format=CSV"), Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^referrals-\d{8}T\d{6}Z\.csv$", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith(string.Join(',', ReferralCsv.Columns), lines[0], StringComparison.Ordinal);
        Assert.Contains(",王小明,tel:+8613912345678,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",", lines[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Fact]
    public async Task One_referral_by_id_and_404_for_an_unknown_id_and_400_for_a_malformed_one()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var referral = SampleReferrals.Create();
        await host.Services.GetRequiredService<IReferralStore>().AddAsync(referral);

        using var found = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{referral.Id}"), Key));
        using var unknown = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{Guid.NewGuid()}"), Key));
        using var malformed = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals/42"), Key));

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(referral.Id.ToString("D"), (string?)JsonNode.Parse(await found.Content.ReadAsStringAsync())!["id"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Referral not found.", (string?)(await TestActivities.ProblemAsync(unknown))["title"]);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.NotNull((await TestActivities.ProblemAsync(malformed))["errors"]!["id"]);
    }

    [Fact]
    public async Task Marking_a_referral_contacted_answers_204_and_records_the_time_once()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn);
        var referral = SampleReferrals.Create();
        var store = host.Services.GetRequiredService<IReferralStore>();
        await store.AddAsync(referral);

        using var marked = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{referral.Id}/contacted"), Key));
        var contactedAt = (await store.GetAsync(ReferralScope.AllSites, referral.Id))!.ContactedAt;
        using var markedAgain = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{referral.Id}/contacted"), Key));
        using var unknown = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{Guid.NewGuid()}/contacted"), Key));
        using var listed = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{referral.Id}"), Key));

        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.NotNull(contactedAt);
        Assert.Equal(HttpStatusCode.NoContent, markedAgain.StatusCode);
        Assert.Equal(contactedAt, (await store.GetAsync(ReferralScope.AllSites, referral.Id))!.ContactedAt);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(contactedAt, (DateTimeOffset?)JsonNode.Parse(await listed.Content.ReadAsStringAsync())!["contactedAt"]);
    }

    [Fact]
    public async Task An_unreachable_referral_store_gets_503_not_500()
    {
        var store = new Mock<IReferralStore>();
        store.Setup(referrals => referrals.ListAsync(It.IsAny<ReferralScope>(), It.IsAny<ReferralFilter>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SqliteException("unable to open database file", 14));
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), ApiOn, builder => builder.Services.AddSingleton(store.Object));

        using var response = await host.Client.SendAsync(WithKey(new HttpRequestMessage(HttpMethod.Get, "/api/referrals"), Key));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Referrals are unavailable.", (string?)(await TestActivities.ProblemAsync(response))["title"]);
        Assert.DoesNotContain("unable to open", host.Logs.AllText, StringComparison.Ordinal);
    }

    private static HttpRequestMessage WithKey(HttpRequestMessage request, string key)
    {
        request.Headers.Add(ReferralApiKeyFilter.ApiKeyHeader, key);
        return request;
    }

    private static HttpRequestMessage WithBearer(HttpRequestMessage request, string key)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }
}
