using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests.Coordinators;

public sealed class CoordinatorScopeTests
{
    private const string Password = "correct horse battery";
    private const string ApiKey = "coordinator-key-7c1f9a2e";

    [Fact]
    public async Task A_coordinator_of_one_site_lists_reads_and_changes_only_that_sites_referrals_and_another_sites_is_404()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        var store = host.Services.GetRequiredService<IReferralStore>();
        var wuhan = SampleReferrals.Create(name: "Wang Fang", siteId: "wuhan-union");
        var shanghai = SampleReferrals.Create(name: "Li Na", siteId: "shanghai-renji");
        await store.AddAsync(wuhan);
        await store.AddAsync(shanghai);
        await CoordinatorBrowser.AddAccountAsync(host, "wuhan@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("wuhan@example.org", Password);

        using var list = await browser.GetAsync("/coordinators/api/referrals/");
        using var asked = await browser.GetAsync("/coordinators/api/referrals/?site=shanghai-renji");
        using var own = await browser.GetAsync($"/coordinators/api/referrals/{wuhan.Id}");
        using var foreign = await browser.GetAsync($"/coordinators/api/referrals/{shanghai.Id}");
        using var foreignCsv = await browser.GetAsync("/coordinators/api/referrals/?format=csv");
        using var change = await browser.PostAsync($"/coordinators/api/referrals/{shanghai.Id}/status", new { status = "contacted" });
        using var note = await browser.PostAsync($"/coordinators/api/referrals/{shanghai.Id}/notes", new { note = "x" });

        Assert.Equal(["Wang Fang"], JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray().Select(item => (string?)item!["contactName"]));
        Assert.Empty(JsonNode.Parse(await asked.Content.ReadAsStringAsync())!.AsArray());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("Li Na", await foreignCsv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, note.StatusCode);
        var untouched = await store.GetAsync(ReferralScope.AllSites, shanghai.Id);
        Assert.Equal(ReferralStatuses.New, untouched!.Status);
        Assert.Empty(untouched.History);
        Assert.Equal("no-store", own.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_coordinator_of_two_sites_sees_both()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        var store = host.Services.GetRequiredService<IReferralStore>();
        await store.AddAsync(SampleReferrals.Create(siteId: "wuhan-union"));
        await store.AddAsync(SampleReferrals.Create(siteId: "shanghai-renji"));
        await CoordinatorBrowser.AddAccountAsync(host, "both@example.org", Password, "wuhan-union", "shanghai-renji");
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("both@example.org", Password);

        using var list = await browser.GetAsync("/coordinators/api/referrals/");

        Assert.Equal(2, JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray().Count);
    }

    [Fact]
    public async Task The_referral_API_keeps_its_key_a_coordinators_cookie_does_not_open_it_and_the_key_does_not_open_the_web_apps_calls()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), new Dictionary<string, string?> { ["Referrals:ApiKey"] = ApiKey });
        await host.Services.GetRequiredService<IReferralStore>().AddAsync(SampleReferrals.Create(siteId: "shanghai-renji"));
        await CoordinatorBrowser.AddAccountAsync(host, "wuhan@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("wuhan@example.org", Password);

        using var withCookieOnly = await browser.GetAsync("/api/referrals");
        using var keyRequest = new HttpRequestMessage(HttpMethod.Get, "/api/referrals");
        keyRequest.Headers.Add("X-Api-Key", ApiKey);
        using var withKey = await host.Client.SendAsync(keyRequest);
        using var keyOnWebApp = new HttpRequestMessage(HttpMethod.Get, "/coordinators/api/referrals/");
        keyOnWebApp.Headers.Add("X-Api-Key", ApiKey);
        using var webAppWithKey = await host.Client.SendAsync(keyOnWebApp);

        Assert.Equal(HttpStatusCode.Unauthorized, withCookieOnly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Single(JsonNode.Parse(await withKey.Content.ReadAsStringAsync())!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, webAppWithKey.StatusCode);
    }

    [Fact]
    public async Task A_removed_account_is_signed_out_at_its_next_request()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await CoordinatorBrowser.AddAccountAsync(host, "wuhan@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("wuhan@example.org", Password);
        using var before = await browser.GetAsync("/coordinators/api/referrals/");

        await host.Services.GetRequiredService<TrialBot.Storage.Coordinators.ICoordinatorAccountStore>().RemoveAsync("wuhan@example.org");
        using var after = await browser.GetAsync("/coordinators/api/referrals/");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
