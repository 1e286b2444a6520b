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
/// The coordinators' web app in real Chromium with a host screening for both repository trials: the trial filter offers
/// both, a referral for both trials is listed (and exported) under either, and the dashboard's trial filter, shown only
/// with several trials, counts that trial's screenings; no console error on the way.
/// </summary>
public sealed class CoordinatorsTwoTrialsInTheBrowserTests(TwoTrialsWidgetFixture widget) : IClassFixture<TwoTrialsWidgetFixture>
{
    private const string First = "NCT05765006";
    private const string Second = "NCT06038474";
    private const string Password = "correct horse battery";

    [Fact]
    public async Task A_referral_for_both_trials_is_listed_under_either_trial_and_the_dashboard_filters_on_one()
    {
        await SeedAsync("both-trials@example.org");
        await using var context = await widget.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US" });
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
        await page.GetByLabel("E-mail address").FillAsync("both-trials@example.org");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var rows = page.Locator("#referrals-table tbody tr");
        await Expect(rows).ToHaveCountAsync(3);

        await Expect(page.Locator("#filter-trial option")).ToHaveTextAsync(["Any", First, Second]);
        await page.Locator("#filter-trial").SelectOptionAsync(Second);
        await page.Locator("#filters").GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("#referrals-table")).ToContainTextAsync("Wang Fang");
        await Expect(page.Locator("#referrals-table")).ToContainTextAsync("Ann Lee");
        await Expect(page.Locator("#referrals-table")).Not.ToContainTextAsync("Li Na");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("Wang Fang", csv, StringComparison.Ordinal);
        Assert.Contains("Ann Lee", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Li Na", csv, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Wang Fang" }).ClickAsync();
        await Expect(page.Locator("#referral-facts")).ToContainTextAsync($"{First}, {Second}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Expect(page.Locator("#dash-summary")).ToContainTextAsync("3 screenings started");
        await Expect(page.Locator("#dash-trial")).ToBeVisibleAsync();
        await page.Locator("#dash-trial").SelectOptionAsync(Second);
        await page.Locator("#dashboard-filters").GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page.Locator("#dash-summary")).ToContainTextAsync("2 screenings started, 1 completed, 2 referrals");

        Assert.Empty(errors);
    }

    private async Task SeedAsync(string email)
    {
        var services = widget.Services;
        var hasher = services.GetRequiredService<IPasswordHasher<CoordinatorAccount>>();
        var account = new CoordinatorAccount { Email = email, PasswordHash = "x", SiteIds = ["wuhan-union", "oceanside"], CreatedAt = DateTimeOffset.UtcNow };
        await services.GetRequiredService<ICoordinatorAccountStore>().SaveAsync(account with { PasswordHash = hasher.HashPassword(account, Password) });
        var store = services.GetRequiredService<IReferralStore>();
        await store.AddAsync(Referral("Li Na", "wuhan-union", First));
        await store.AddAsync(Referral("Wang Fang", "wuhan-union", First + "," + Second));
        await store.AddAsync(Referral("Ann Lee", "oceanside", Second));
        var now = DateTimeOffset.UtcNow;
        const string Both = First + "," + Second;
        await services.GetRequiredService<IFunnelEventStore>().AppendAsync(
        [
            new(now.AddMinutes(-30), "t1", FunnelEventKinds.Started, "webchat", "en", Both),
            new(now.AddMinutes(-29), "t1", FunnelEventKinds.QuestionReached, "webchat", "en", Both, QuestionId: "consent"),
            new(now.AddMinutes(-20), "t1", FunnelEventKinds.Completed, "webchat", "en", Both, OutcomeId: "likely-eligible"),
            new(now.AddMinutes(-20), "t1", FunnelEventKinds.TrialOutcome, "webchat", "en", First, OutcomeId: "likely-eligible"),
            new(now.AddMinutes(-20), "t1", FunnelEventKinds.TrialOutcome, "webchat", "en", Second, OutcomeId: "needs-review"),
            new(now.AddMinutes(-15), "t2", FunnelEventKinds.Started, "sms", "zh", First),
            new(now.AddMinutes(-10), "t3", FunnelEventKinds.Started, "webchat", "en", Both),
        ]);
    }

    private static Referral Referral(string name, string site, string trialIds)
    {
        var now = DateTimeOffset.UtcNow.AddHours(-3);
        return new Referral
        {
            Id = Guid.NewGuid(),
            CreatedAt = now,
            OutcomeId = "likely-eligible",
            CriterionResults = new Dictionary<string, string>(),
            SiteId = site,
            ContactName = name,
            ContactEmail = name.Replace(' ', '.').ToLowerInvariant() + "@example.org",
            ConsentedAt = now,
            Locale = "en-US",
            ChannelId = "webchat",
            ConversationKeyHash = new ConversationKey("webchat", Guid.NewGuid().ToString("N")).Hash,
            TrialId = trialIds,
        };
    }
}
