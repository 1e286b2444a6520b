using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using Xunit;
using static TrialBot.Storage.Tests.Support.Referrals;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task A_referral_reads_back_with_every_field()
    {
        var referral = For(Conversation, Clock.GetUtcNow()) with { ContactEmail = "li.lei@example.org" };

        await Referrals.AddAsync(referral);
        var read = await Referrals.GetAsync(ReferralScope.AllSites, referral.Id);

        Assert.NotNull(read);
        Assert.Equal(referral with { CriterionResults = read.CriterionResults, ContactPhone = "+8613800000000", PersonKey = read.PersonKey, Details = read.Details }, read);
        Assert.Equal(ContactNormalizer.PersonKey("+8613800000000", "li.lei@example.org"), read.PersonKey);
        Assert.Equal(referral.Details, read.Details with { Answers = referral.Details.Answers, Criteria = referral.Details.Criteria, ToConfirm = referral.Details.ToConfirm, PreCall = referral.Details.PreCall });
        Assert.Empty(read.Details.PreCall);
        Assert.Equal(referral.Details.Answers, read.Details.Answers);
        Assert.Equal(referral.Details.Criteria, read.Details.Criteria);
        Assert.Equal(referral.Details.ToConfirm, read.Details.ToConfirm);
        Assert.Equal("NCT05765006", read.TrialId);
        Assert.Equal(ReferralStatuses.New, read.Status);
        Assert.Equal(referral.CriterionResults, read.CriterionResults);
        Assert.False(read.IsContacted);
    }

    [Fact]
    public async Task Getting_an_unknown_referral_returns_null()
    {
        Assert.Null(await Referrals.GetAsync(ReferralScope.AllSites, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_referral_needs_its_fields_and_a_unique_id()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Referrals.AddAsync(referral));
        await Assert.ThrowsAsync<ArgumentException>(() => Referrals.AddAsync(referral with { Id = Guid.NewGuid(), ContactPhone = null, ContactEmail = " " }));
        await Assert.ThrowsAsync<ArgumentException>(() => Referrals.AddAsync(referral with { Id = Guid.NewGuid(), SiteId = "" }));
        Assert.Single(await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All));
    }

    [Fact]
    public async Task Referrals_are_listed_oldest_first_and_filtered_by_site_outcome_and_time()
    {
        var start = Clock.GetUtcNow();
        var early = For(Conversation, start, "shanghai");
        var middle = For(Conversation, start.AddHours(1), "wuhan");
        var late = For(Conversation, start.AddHours(2), "shanghai", "possibly-eligible");
        foreach (var referral in new[] { late, early, middle })
        {
            await Referrals.AddAsync(referral);
        }

        Assert.Equal([early.Id, middle.Id, late.Id], Ids(await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All)));
        Assert.Equal([early.Id, late.Id], Ids(await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { SiteId = "shanghai" })));
        Assert.Equal([late.Id], Ids(await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { OutcomeId = "possibly-eligible" })));
        Assert.Equal([middle.Id], Ids(await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { CreatedFrom = start.AddHours(1), CreatedBefore = start.AddHours(2) })));
        Assert.Empty(await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { SiteId = "wuhan", OutcomeId = "possibly-eligible" }));
    }

    [Fact]
    public async Task Marking_a_referral_contacted_records_the_first_time_only()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);
        Clock.Advance(TimeSpan.FromDays(1));
        var contactedAt = Clock.GetUtcNow();

        Assert.True(await Referrals.MarkContactedAsync(ReferralScope.AllSites, referral.Id, "api-key"));
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await Referrals.MarkContactedAsync(ReferralScope.AllSites, referral.Id, "api-key"));

        Assert.Equal(contactedAt, (await Referrals.GetAsync(ReferralScope.AllSites, referral.Id))!.ContactedAt);
        Assert.False(await Referrals.MarkContactedAsync(ReferralScope.AllSites, Guid.NewGuid(), "api-key"));
    }

    [Fact]
    public async Task A_referral_for_two_trials_is_found_by_a_filter_on_either_trial_and_by_no_other()
    {
        var start = Clock.GetUtcNow();
        var first = For(Conversation, start) with { TrialId = "NCT05765006" };
        var both = For(Conversation, start.AddMinutes(1)) with { TrialId = "NCT05765006,NCT06038474" };
        var second = For(Conversation, start.AddMinutes(2)) with { TrialId = "NCT06038474" };
        var unknown = For(Conversation, start.AddMinutes(3)) with { TrialId = null };
        var longer = For(Conversation, start.AddMinutes(4)) with { TrialId = "NCT060384741" };
        foreach (var referral in new[] { first, both, second, unknown, longer })
        {
            await Referrals.AddAsync(referral);
        }

        async Task<Guid[]> ForTrial(string trialId) => Ids(await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { TrialId = trialId }));

        Assert.Equal([first.Id, both.Id], await ForTrial("NCT05765006"));
        Assert.Equal([both.Id, second.Id], await ForTrial("NCT06038474"));
        Assert.Equal([longer.Id], await ForTrial("NCT060384741"));
        Assert.Empty(await ForTrial("NCT0603847"));
        Assert.Empty(await ForTrial("nct06038474"));
        Assert.Empty(await ForTrial("NCT05765006,NCT06038474"));
        Assert.Empty(await ForTrial("NCT0576500_"));
        Assert.Empty(await ForTrial("%"));
        Assert.Equal([both.Id], Ids(await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { TrialId = "NCT06038474", CreatedBefore = start.AddMinutes(2) })));
        Assert.Equal(5, (await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All)).Count);
    }

    [Fact]
    public async Task Deleting_a_conversations_referrals_leaves_other_conversations_referrals()
    {
        var other = new ConversationKey("webchat", "conversation-2");
        await Referrals.AddAsync(For(Conversation, Clock.GetUtcNow()));
        await Referrals.AddAsync(For(Conversation, Clock.GetUtcNow()));
        var kept = For(other, Clock.GetUtcNow());
        await Referrals.AddAsync(kept);

        Assert.Equal(2, await Referrals.DeleteForConversationAsync(Conversation));

        Assert.Equal([kept.Id], Ids(await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All)));
    }

    private static Guid[] Ids(IEnumerable<Referral> referrals) => referrals.Select(referral => referral.Id).ToArray();
}
