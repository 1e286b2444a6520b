using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Coordinators;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Referrals;
using TrialBot.Widget.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TrialBot.Widget.Tests;

/// <summary>
/// The coordinators' web app in real Chromium under the host's strict Content-Security-Policy: a coordinator of one site
/// signs in, sees only that site's referrals, opens one (answers as said and as understood), changes its status with a
/// note and sees it in the history, then opens the dashboard, whose plots draw; no console error on the way, and axe
/// finds no serious or critical problem. Screenshots of the list, a referral and the dashboard in both languages are
/// kept in TestResults/Widget.
/// </summary>
public sealed class CoordinatorsInTheBrowserTests(WidgetFixture widget) : IClassFixture<WidgetFixture>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task A_coordinator_signs_in_works_a_referral_and_sees_the_dashboards_plots_with_no_console_error()
    {
        var (own, foreign) = await SeedAsync("wuhan-browser@example.org");
        await using var context = await widget.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(widget.Address, "/coordinators").ToString());
        await page.GetByLabel("E-mail address").FillAsync("wuhan-browser@example.org");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var rows = page.Locator("#referrals-table tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("#referrals-table")).ToContainTextAsync("Wang Fang");
        await Expect(page.Locator("#referrals-table")).ToContainTextAsync("Zhao Lei");
        await Expect(page.Locator("#referrals-table")).Not.ToContainTextAsync("Li Na");

        // A filter narrows the list, and the CSV export follows it: named columns, this site's referral only.
        await page.GetByLabel("Channel").First.SelectOptionAsync("webchat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Wang Fang");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Wang Fang", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Zhao Lei", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Li Na", csv, StringComparison.Ordinal);
        Assert.Contains("contact_name", csv.Split('\n')[0], StringComparison.Ordinal);
        await ScreenshotAsync(page, "coordinators-list-en");
        await AssertAccessibleAsync(page, "the list");

        await page.GetByRole(AriaRole.Link, new() { Name = "Wang Fang" }).ClickAsync();
        await Expect(page.Locator("#referral-title")).ToHaveTextAsync("Wang Fang");
        await Expect(page.Locator("#answers-table")).ToContainTextAsync("prednisone ten milligrams every morning");
        await Expect(page.Locator("#answers-table")).ToContainTextAsync("Prednisone 10 mg a day");
        await Expect(page.Locator("#criteria-table")).ToContainTextAsync("Steroid dose");
        await Expect(page.Locator("#to-confirm")).ToContainTextAsync("SLEDAI score");
        await Expect(page.Locator("#pre-call")).ToContainTextAsync("Rheumatologist and hospital");
        await Expect(page.Locator("#pre-call")).ToContainTextAsync("dr zhang at union hospital");
        await Expect(page.Locator("#pre-call dd").Nth(1)).ToHaveTextAsync("skipped");
        await ScreenshotAsync(page, "coordinators-referral-en");
        await AssertAccessibleAsync(page, "a referral");

        await page.GetByLabel("New status").SelectOptionAsync("contacted");
        await page.GetByLabel("Reason or note").FillAsync("Left a voicemail, will call back Tuesday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("#history")).ToContainTextAsync("New → Contacted");
        await Expect(page.Locator("#history")).ToContainTextAsync("Left a voicemail, will call back Tuesday");
        await Expect(page.Locator("#history")).ToContainTextAsync("wuhan-browser@example.org");
        var stored = await widget.Services.GetRequiredService<IReferralStore>().GetAsync(ReferralScope.AllSites, own.Id);
        Assert.Equal(ReferralStatuses.Contacted, stored!.Status);

        var foreignResponse = await page.APIRequest.GetAsync(new Uri(widget.Address, $"/coordinators/api/referrals/{foreign.Id}").ToString());
        Assert.Equal(404, foreignResponse.Status);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.Locator("#charts canvas")).ToHaveCountAsync(10);
        await Expect(page.Locator("#dash-summary")).ToContainTextAsync("2 screenings started");
        await Expect(page.Locator("#dash-trial")).ToBeHiddenAsync(); // one trial: nothing to choose
        Assert.True(await page.EvaluateAsync<int>("() => window.CoordinatorDashboard.count()") == 10, "every figure should be a Chart.js chart");
        Assert.True(await CanvasHasInkAsync(page, "#charts canvas >> nth=0"), "the first plot should draw");
        await ScreenshotAsync(page, "coordinators-dashboard-en");
        await AssertAccessibleAsync(page, "the dashboard");

        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.Locator("#dashboard-title")).ToHaveTextAsync("仪表板");
        await ScreenshotAsync(page, "coordinators-dashboard-zh");
        await page.GotoAsync(new Uri(widget.Address, $"/coordinators/#/referrals/{own.Id}").ToString());
        await Expect(page.Locator("#history")).ToContainTextAsync("新 → 已联系");
        await ScreenshotAsync(page, "coordinators-referral-zh");
        await page.GotoAsync(new Uri(widget.Address, "/coordinators/#/referrals").ToString());
        await Expect(page.Locator("#referrals-table tbody tr")).ToHaveCountAsync(1); // the channel filter is kept
        await Expect(page.Locator("#referrals-title")).ToHaveTextAsync("转介");
        await ScreenshotAsync(page, "coordinators-list-zh");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_page_and_its_scripts_are_served_under_the_strict_policy_with_no_inline_script()
    {
        await using var context = await widget.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(widget.Address, "/coordinators/").ToString());

        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline' ; script", policy, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        var chart = await page.APIRequest.GetAsync(new Uri(widget.Address, "/lib/chart.umd.min.js").ToString());
        Assert.Equal(200, chart.Status);
        Assert.Contains("Chart.js v4.6.1", await chart.TextAsync(), StringComparison.Ordinal);
    }

    private async Task<(Referral Own, Referral Foreign)> SeedAsync(string email)
    {
        var services = widget.Services;
        var hasher = services.GetRequiredService<IPasswordHasher<CoordinatorAccount>>();
        var account = new CoordinatorAccount { Email = email, PasswordHash = "x", SiteIds = ["wuhan-union"], CreatedAt = DateTimeOffset.UtcNow };
        await services.GetRequiredService<ICoordinatorAccountStore>().SaveAsync(account with { PasswordHash = hasher.HashPassword(account, Password) });
        var own = Referral("Wang Fang", "wuhan-union");
        var foreign = Referral("Li Na", "shanghai-renji");
        var store = services.GetRequiredService<IReferralStore>();
        await store.AddAsync(own);
        await store.AddAsync(Referral("Zhao Lei", "wuhan-union") with { ChannelId = "sms", ContactPhone = "+86 139 0712 3456" });
        await store.AddAsync(foreign);
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<IFunnelEventStore>().AppendAsync(
        [
            new(now.AddMinutes(-30), "b1", FunnelEventKinds.Started, "webchat", "en", "NCT05765006"),
            new(now.AddMinutes(-29), "b1", FunnelEventKinds.QuestionReached, "webchat", "en", "NCT05765006", QuestionId: "consent"),
            new(now.AddMinutes(-28), "b1", FunnelEventKinds.QuestionReached, "webchat", "en", "NCT05765006", QuestionId: "age"),
            new(now.AddMinutes(-27), "b1", FunnelEventKinds.Reasked, "webchat", "en", "NCT05765006", QuestionId: "age"),
            new(now.AddMinutes(-20), "b1", FunnelEventKinds.Completed, "webchat", "en", "NCT05765006", OutcomeId: "likely-eligible"),
            new(now.AddMinutes(-19), "b1", FunnelEventKinds.Referred, "webchat", "en", "NCT05765006", "wuhan-union", OutcomeId: "likely-eligible"),
            new(now.AddMinutes(-10), "b2", FunnelEventKinds.Started, "sms", "zh", "NCT05765006"),
            new(now.AddMinutes(-9), "b2", FunnelEventKinds.QuestionReached, "sms", "zh", "NCT05765006", QuestionId: "consent"),
        ]);
        return (own, foreign);
    }

    private static Referral Referral(string name, string site)
    {
        var now = DateTimeOffset.UtcNow.AddHours(-3);
        return new Referral
        {
            Id = Guid.NewGuid(),
            CreatedAt = now,
            OutcomeId = "likely-eligible",
            CriterionResults = new Dictionary<string, string> { ["steroid-dose"] = "pass" },
            SiteId = site,
            ContactName = name,
            ContactPhone = "+86 138 0013 8000",
            ConsentedAt = now,
            Locale = "en-US",
            ChannelId = "webchat",
            ConversationKeyHash = new ConversationKey("webchat", Guid.NewGuid().ToString("N")).Hash,
            TrialId = "NCT05765006",
            Details = new ReferralDetails(
                [new ReferralAnswer("steroid-dose", new ReferralText("Steroid dose", "激素剂量"), "prednisone ten milligrams every morning", new ReferralText("Prednisone 10 mg a day", "泼尼松每天10毫克"), false)],
                [new ReferralCriterion("steroid-dose", new ReferralText("Steroid dose", "激素剂量"), "pass", new ReferralText("Prednisone 10 mg a day", "泼尼松每天10毫克"), new ReferralText("At most 20 mg a day is allowed.", "每天不超过20毫克。"))],
                [new ReferralCheck("sledai", new ReferralText("SLEDAI score", "SLEDAI 评分"))])
            {
                PreCall =
                [
                    new ReferralPreCallAnswer("precall.rheumatologist", new ReferralText("Rheumatologist and hospital", "风湿科医生和医院"), "dr zhang at union hospital"),
                    new ReferralPreCallAnswer("precall.travel", new ReferralText("Travel and stay", "出行和住院"), null),
                ],
            },
        };
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {what}: " + string.Join("; ", serious.Select(violation => $"{violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(node => node.Html).Take(2))})")));
    }

    private static async Task<bool> CanvasHasInkAsync(IPage page, string selector) =>
        await page.Locator(selector).EvaluateAsync<bool>("canvas => { const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data; for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; } return false; }");

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, name + ".png"), FullPage = true });
}
