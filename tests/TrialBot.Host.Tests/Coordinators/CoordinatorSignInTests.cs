using System.Net;
using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Tests.Coordinators;

public sealed class CoordinatorSignInTests
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task A_coordinator_signs_in_with_a_secure_http_only_same_site_cookie_and_sees_their_name_and_sites()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await CoordinatorBrowser.AddAccountAsync(host, "wei.zhang@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);

        using var signedIn = await browser.SignInAsync("Wei.Zhang@Example.org", Password);
        var session = await browser.SessionAsync();

        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        Assert.True((bool)session["signedIn"]!);
        Assert.Equal("wei.zhang@example.org", (string?)session["name"]);
        Assert.Equal(["wuhan-union"], session["sites"]!.AsArray().Select(site => (string?)site!["id"]));
        Assert.Equal("NCT05765006", (string?)session["trialId"]);
        Assert.Equal(["NCT05765006"], session["trialIds"]!.AsArray().Select(trial => (string?)trial));
        var cookie = Assert.Single(browser.SetCookies, header => header.StartsWith("__Host-trialbot-coordinator=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Password, host.Logs.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wei.zhang@example.org", "wrong password!!")]
    [InlineData("nobody@example.org", Password)]
    public async Task A_wrong_password_or_an_unknown_address_gets_the_same_401_and_no_session(string email, string password)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await CoordinatorBrowser.AddAccountAsync(host, "wei.zhang@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);

        using var refused = await browser.SignInAsync(email, password);
        using var list = await browser.GetAsync("/coordinators/api/referrals/");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("The e-mail address or the password is not right.", (string?)(await TestActivities.ProblemAsync(refused))["detail"]);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.False((bool)(await browser.SessionAsync())["signedIn"]!);
    }

    [Fact]
    public async Task Sign_in_attempts_on_one_account_are_limited_even_with_the_right_password_then_429_with_retry_after()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), new Dictionary<string, string?> { ["Coordinators:SignInAttemptsPerAccount"] = "3" });
        await CoordinatorBrowser.AddAccountAsync(host, "wei.zhang@example.org", Password, "wuhan-union");
        await CoordinatorBrowser.AddAccountAsync(host, "li.na@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var wrong = await browser.SignInAsync("wei.zhang@example.org", "not the password");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var limited = await browser.SignInAsync("WEI.ZHANG@example.org", Password);
        using var other = await browser.SignInAsync("li.na@example.org", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.NoContent, other.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_across_accounts()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), new Dictionary<string, string?> { ["Coordinators:SignInAttemptsPerAddress"] = "2" });
        using var browser = new CoordinatorBrowser(host.Address);

        using var first = await browser.SignInAsync("a@example.org", "guess number one");
        using var second = await browser.SignInAsync("b@example.org", "guess number two");
        using var third = await browser.SignInAsync("c@example.org", "guess number three");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Every_change_without_the_anti_forgery_token_gets_400_and_changes_nothing()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await CoordinatorBrowser.AddAccountAsync(host, "wei.zhang@example.org", Password, "wuhan-union");
        var referral = SampleReferrals.Create(siteId: "wuhan-union");
        var store = host.Services.GetRequiredService<IReferralStore>();
        await store.AddAsync(referral);
        using var browser = new CoordinatorBrowser(host.Address);
        await browser.SessionAsync();

        using var signInWithout = await browser.PostAsync("/coordinators/api/signin", new { email = "wei.zhang@example.org", password = Password }, withToken: false);
        using var signedIn = await browser.SignInAsync("wei.zhang@example.org", Password);
        using var statusWithout = await browser.PostAsync($"/coordinators/api/referrals/{referral.Id}/status", new { status = "contacted" }, withToken: false);
        using var noteWithout = await browser.PostAsync($"/coordinators/api/referrals/{referral.Id}/notes", new { note = "called" }, withToken: false);
        using var signOutWithout = await browser.PostAsync("/coordinators/api/signout", new { }, withToken: false);
        var unchanged = await store.GetAsync(ReferralScope.AllSites, referral.Id);
        using var statusWith = await browser.PostAsync($"/coordinators/api/referrals/{referral.Id}/status", new { status = "contacted", note = "left a message" });

        Assert.Equal(HttpStatusCode.BadRequest, signInWithout.StatusCode);
        Assert.Contains("anti-forgery", (string?)(await TestActivities.ProblemAsync(signInWithout))["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, statusWithout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noteWithout.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signOutWithout.StatusCode);
        Assert.Equal(ReferralStatuses.New, unchanged!.Status);
        Assert.Empty(unchanged.History);
        Assert.Equal(HttpStatusCode.OK, statusWith.StatusCode);
        var changed = await store.GetAsync(ReferralScope.AllSites, referral.Id);
        Assert.Equal(ReferralStatuses.Contacted, changed!.Status);
        Assert.Equal("wei.zhang@example.org", changed.History.Single().Actor);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await CoordinatorBrowser.AddAccountAsync(host, "wei.zhang@example.org", Password, "wuhan-union");
        using var browser = new CoordinatorBrowser(host.Address);
        using var signedIn = await browser.SignInAsync("wei.zhang@example.org", Password);

        using var signedOut = await browser.PostAsync("/coordinators/api/signout", new { });
        using var list = await browser.GetAsync("/coordinators/api/referrals/");

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
    }

    [Fact]
    public async Task Without_open_ID_connect_settings_its_sign_in_is_404_and_the_session_offers_none()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        using var browser = new CoordinatorBrowser(host.Address);

        using var oidc = await browser.GetAsync("/coordinators/signin/oidc");

        Assert.Equal(HttpStatusCode.NotFound, oidc.StatusCode);
        Assert.Null((string?)(await browser.SessionAsync())["oidc"]);
    }

    [Fact]
    public async Task With_open_ID_connect_settings_its_sign_in_redirects_to_the_provider_with_the_code_flow()
    {
        await using var provider = await FakeOidcProvider.StartAsync();
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot(), null, null,
        [
            $"--Coordinators:Oidc:Authority={provider.Authority}",
            "--Coordinators:Oidc:ClientId=trialbot-coordinators",
            "--Coordinators:Oidc:ClientSecret=not-a-real-secret",
            "--Coordinators:Oidc:RequireHttpsMetadata=false",
            "--Coordinators:Oidc:SiteMap:group-wuhan=wuhan-union",
        ]);
        using var browser = new CoordinatorBrowser(host.Address);

        using var challenge = await browser.GetAsync("/coordinators/signin/oidc");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.StartsWith(provider.Authority + "authorize", location.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("trialbot-coordinators", query["client_id"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.EndsWith("/coordinators/signin-oidc", query["redirect_uri"], StringComparison.Ordinal);
        Assert.Equal("Microsoft Entra ID", (string?)(await browser.SessionAsync())["oidc"]);
    }

    [Fact]
    public void The_open_ID_connect_site_map_grants_the_sites_of_the_users_groups_only()
    {
        var settings = new TrialBot.Host.Coordinators.OidcOptions
        {
            SiteMap = new Dictionary<string, string>
            {
                ["group-wuhan"] = "wuhan-union",
                ["group-both"] = "shanghai-renji, wuhan-union",
            },
        };

        Assert.Equal(["wuhan-union"], settings.SitesFor(["group-wuhan", "group-other"]));
        Assert.Equal(["shanghai-renji", "wuhan-union"], settings.SitesFor(["group-both", "group-wuhan"]));
        Assert.Empty(settings.SitesFor(["group-other"]));
    }

    [Theory]
    [InlineData("10.0.0.5", false, false, 403)]
    [InlineData("10.0.0.5", true, false, 200)]
    [InlineData("10.0.0.5", false, true, 200)]
    [InlineData("127.0.0.1", false, false, 200)]
    [InlineData("::1", false, false, 200)]
    public async Task The_web_apps_calls_need_HTTPS_except_from_this_machine_or_when_allowed(string remote, bool https, bool allowHttp, int expected)
    {
        var filter = new TrialBot.Host.Coordinators.SecureTransportFilter(Microsoft.Extensions.Options.Options.Create(new TrialBot.Host.Coordinators.CoordinatorOptions { AllowHttp = allowHttp }));
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(remote);
        http.Request.IsHttps = https;

        var result = await filter.InvokeAsync(new Microsoft.AspNetCore.Http.DefaultEndpointFilterInvocationContext(http), _ => ValueTask.FromResult<object?>(Microsoft.AspNetCore.Http.TypedResults.Ok()));

        Assert.Equal(expected, ((Microsoft.AspNetCore.Http.IStatusCodeHttpResult)result!).StatusCode);
    }
}
