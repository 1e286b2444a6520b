using TrialBot.Storage.Coordinators;
using TrialBot.Storage.Funnel;
using Xunit;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private ICoordinatorAccountStore Accounts => Storage.Backend.CoordinatorAccounts;

    private IFunnelEventStore Funnel => Storage.Backend.FunnelEvents;

    [Fact]
    public async Task An_account_is_found_by_its_address_in_any_case_with_its_sites_sorted_and_once_each()
    {
        var added = await Accounts.SaveAsync(Account(" Wei.Zhang@Example.ORG ", "hash-1", "wuhan", "shanghai", "wuhan"));

        var found = await Accounts.FindAsync("wei.zhang@example.org");

        Assert.True(added);
        Assert.NotNull(found);
        Assert.Equal("wei.zhang@example.org", found.Email);
        Assert.Equal("hash-1", found.PasswordHash);
        Assert.Equal(["shanghai", "wuhan"], found.SiteIds);
        Assert.Equal(Clock.GetUtcNow(), found.CreatedAt);
        Assert.NotNull(await Accounts.FindAsync("WEI.ZHANG@example.org"));
        Assert.Null(await Accounts.FindAsync("someone.else@example.org"));
    }

    [Fact]
    public async Task Saving_an_account_again_replaces_its_password_and_sites_and_keeps_when_it_was_created()
    {
        var created = Clock.GetUtcNow();
        await Accounts.SaveAsync(Account("a@example.org", "hash-1", "shanghai"));
        Clock.Advance(TimeSpan.FromDays(2));

        var added = await Accounts.SaveAsync(Account("a@example.org", "hash-2", "wuhan"));

        Assert.False(added);
        var found = Assert.Single(await Accounts.ListAsync());
        Assert.Equal("hash-2", found.PasswordHash);
        Assert.Equal(["wuhan"], found.SiteIds);
        Assert.Equal(created, found.CreatedAt);
    }

    [Fact]
    public async Task Accounts_are_listed_by_address_and_removed_by_address()
    {
        await Accounts.SaveAsync(Account("b@example.org", "h", "wuhan"));
        await Accounts.SaveAsync(Account("a@example.org", "h", "shanghai"));

        Assert.Equal(["a@example.org", "b@example.org"], (await Accounts.ListAsync()).Select(account => account.Email));
        Assert.True(await Accounts.RemoveAsync("B@example.org"));
        Assert.False(await Accounts.RemoveAsync("b@example.org"));
        Assert.Equal(["a@example.org"], (await Accounts.ListAsync()).Select(account => account.Email));
    }

    [Fact]
    public async Task An_account_without_a_site_or_a_password_hash_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Accounts.SaveAsync(Account("a@example.org", "h", " ")));
        await Assert.ThrowsAsync<ArgumentException>(() => Accounts.SaveAsync(Account("a@example.org", "", "wuhan")));
        Assert.Empty(await Accounts.ListAsync());
    }

    [Fact]
    public async Task Funnel_events_are_appended_and_read_back_by_time_range_with_every_field()
    {
        var start = Clock.GetUtcNow();
        FunnelEvent[] turn =
        [
            new(start, "s1", FunnelEventKinds.Completed, "sms", "zh", "NCT05765006", null, null, "likely-eligible"),
            new(start, "s1", FunnelEventKinds.Referred, "sms", "zh", "NCT05765006", "wuhan", null, "likely-eligible"),
        ];
        await Funnel.AppendAsync([new(start.AddMinutes(-5), "s1", FunnelEventKinds.Started, "sms", "zh", "NCT05765006")]);
        await Funnel.AppendAsync([new(start.AddMinutes(-4), "s1", FunnelEventKinds.QuestionReached, "sms", "zh", "NCT05765006", QuestionId: "age")]);
        await Funnel.AppendAsync(turn);
        await Funnel.AppendAsync([]);
        await Funnel.AppendAsync([new(start.AddDays(1), "s2", FunnelEventKinds.Started, "webchat", "en")]);

        var read = await Funnel.ListAsync(start.AddMinutes(-4), start.AddDays(1));

        Assert.Equal(
            [
                new FunnelEvent(start.AddMinutes(-4), "s1", FunnelEventKinds.QuestionReached, "sms", "zh", "NCT05765006", QuestionId: "age"),
                .. turn,
            ],
            read);
        Assert.Equal(5, (await Funnel.ListAsync(start.AddDays(-1), start.AddDays(2))).Count);
    }

    [Fact]
    public async Task A_batch_of_funnel_events_larger_than_one_statement_is_stored_whole_in_order()
    {
        // 250 events: more than one statement on every database (a row each on SQLite, 100 rows on PostgreSQL), and a
        // last statement shorter than the others.
        var start = Clock.GetUtcNow();
        var batch = Enumerable.Range(0, 250)
            .Select(i => new FunnelEvent(start.AddSeconds(i), $"s{i}", FunnelEventKinds.QuestionReached, i % 2 == 0 ? "sms" : "webchat", "en",
                i % 3 == 0 ? null : "NCT05765006", i % 5 == 0 ? "wuhan" : null, $"q{i}", i % 7 == 0 ? "needs-review" : null))
            .ToList();

        await Funnel.AppendAsync(batch);

        Assert.Equal(batch, await Funnel.ListAsync(start, start.AddHours(1)));
    }

    private CoordinatorAccount Account(string email, string hash, params string[] sites) => new()
    {
        Email = email,
        PasswordHash = hash,
        SiteIds = sites,
        CreatedAt = Clock.GetUtcNow(),
    };
}
