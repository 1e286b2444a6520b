using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using Xunit;
using static TrialBot.Storage.Tests.Support.Referrals;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task A_referral_moves_through_the_workflow_and_keeps_every_change_in_its_history()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);
        var start = Clock.GetUtcNow();

        var steps = new[] { ReferralStatuses.Contacted, ReferralStatuses.CallDone, ReferralStatuses.VisitBooked, ReferralStatuses.Screened, ReferralStatuses.Enrolled };
        foreach (var status in steps)
        {
            Clock.Advance(TimeSpan.FromHours(1));
            var changed = await Referrals.ChangeStatusAsync(ReferralScope.AllSites, referral.Id, new StatusChange(status, "wang.fang", "步骤 " + status));
            Assert.Equal(StatusChangeOutcome.Changed, changed.Outcome);
            Assert.Equal(status, changed.Referral!.Status);
        }

        var read = (await Referrals.GetAsync(ReferralScope.AllSites, referral.Id))!;
        Assert.Equal(ReferralStatuses.Enrolled, read.Status);
        Assert.Equal(start.AddHours(1), read.ContactedAt);
        Assert.Equal([ReferralStatuses.New, .. steps[..^1]], read.History.Select(entry => entry.FromStatus));
        Assert.Equal(steps, read.History.Select(entry => entry.ToStatus));
        Assert.All(read.History, entry => Assert.Equal("wang.fang", entry.Actor));
        Assert.Equal("步骤 contacted", read.History[0].Note);
        Assert.Equal(start.AddHours(5), read.History[^1].At);
    }

    [Fact]
    public async Task A_change_the_workflow_does_not_allow_is_refused_with_the_allowed_ones_and_leaves_no_trace()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);

        var skipped = await Referrals.ChangeStatusAsync(ReferralScope.AllSites, referral.Id, new StatusChange(ReferralStatuses.Enrolled, "wang.fang", null));

        Assert.Equal(StatusChangeOutcome.NotAllowed, skipped.Outcome);
        Assert.Contains("contacted", skipped.Problem, StringComparison.Ordinal);
        var read = (await Referrals.GetAsync(ReferralScope.AllSites, referral.Id))!;
        Assert.Equal(ReferralStatuses.New, read.Status);
        Assert.Empty(read.History);
        Assert.Equal(StatusChangeOutcome.NotFound, (await Referrals.ChangeStatusAsync(ReferralScope.AllSites, Guid.NewGuid(), new StatusChange(ReferralStatuses.Contacted, "x", null))).Outcome);
    }

    [Fact]
    public async Task Not_eligible_needs_a_reason_and_an_unknown_status_is_refused()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);

        await Assert.ThrowsAsync<ArgumentException>(() => Referrals.ChangeStatusAsync(ReferralScope.AllSites, referral.Id, new StatusChange(ReferralStatuses.NotEligible, "wang.fang", " ")));
        await Assert.ThrowsAsync<ArgumentException>(() => Referrals.ChangeStatusAsync(ReferralScope.AllSites, referral.Id, new StatusChange("maybe", "wang.fang", null)));
        var closed = await Referrals.ChangeStatusAsync(ReferralScope.AllSites, referral.Id, new StatusChange(ReferralStatuses.NotEligible, "wang.fang", "eGFR too low at screening"));

        Assert.Equal(StatusChangeOutcome.Changed, closed.Outcome);
        Assert.Equal("eGFR too low at screening", Assert.Single(closed.Referral!.History).Note);
        Assert.Equal(StatusChangeOutcome.NotAllowed, (await Referrals.ChangeStatusAsync(ReferralScope.AllSites, referral.Id, new StatusChange(ReferralStatuses.Contacted, "wang.fang", null))).Outcome);
    }

    [Fact]
    public async Task Notes_and_contact_attempts_are_appended_and_marking_contacted_is_the_workflows_first_step()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);

        Clock.Advance(TimeSpan.FromMinutes(5));
        var attempt = await Referrals.AddEventAsync(ReferralScope.AllSites, referral.Id, new ReferralEvent(Clock.GetUtcNow(), "wang.fang", ReferralEventKinds.ContactAttempt, null, null, "no answer"));
        Assert.True(await Referrals.MarkContactedAsync(ReferralScope.AllSites, referral.Id, "api-key"));
        await Referrals.AddEventAsync(ReferralScope.AllSites, referral.Id, new ReferralEvent(Clock.GetUtcNow(), "wang.fang", ReferralEventKinds.Note, "new", "enrolled", "prefers calls after 6 pm"));

        Assert.NotNull(attempt);
        var read = (await Referrals.GetAsync(ReferralScope.AllSites, referral.Id))!;
        Assert.Equal(ReferralStatuses.Contacted, read.Status);
        Assert.Equal([ReferralEventKinds.ContactAttempt, ReferralEventKinds.StatusChange, ReferralEventKinds.Note], read.History.Select(entry => entry.Kind));
        Assert.Null(read.History[2].ToStatus);
        Assert.Equal("api-key", read.History[1].Actor);
        await Assert.ThrowsAsync<ArgumentException>(() => Referrals.AddEventAsync(ReferralScope.AllSites, referral.Id, new ReferralEvent(Clock.GetUtcNow(), "x", ReferralEventKinds.StatusChange, "new", "enrolled", "sneaky")));
        Assert.Null(await Referrals.AddEventAsync(ReferralScope.ForSites(["wuhan"]), referral.Id, new ReferralEvent(Clock.GetUtcNow(), "x", ReferralEventKinds.Note, null, null, "n")));
    }

    [Fact]
    public async Task The_same_person_screened_twice_has_one_person_key_whatever_way_the_number_was_written()
    {
        var first = For(Conversation, Clock.GetUtcNow()) with { ContactPhone = "138-0000-0000" };
        var second = For(new ConversationKey("sms", "other"), Clock.GetUtcNow().AddDays(3)) with { ContactPhone = "+86 13800000000", OutcomeId = "needs-review" };
        var byEmail = For(Conversation, Clock.GetUtcNow()) with { ContactPhone = null, ContactEmail = " Li.Lei@Example.ORG " };
        var sameEmail = For(Conversation, Clock.GetUtcNow().AddDays(1)) with { ContactPhone = null, ContactEmail = "li.lei@example.org" };
        foreach (var referral in new[] { first, second, byEmail, sameEmail })
        {
            await Referrals.AddAsync(referral);
        }

        var stored = (await Referrals.GetAsync(ReferralScope.AllSites, first.Id))!;
        var screenings = await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { PersonKey = stored.PersonKey });

        Assert.Equal([first.Id, second.Id], screenings.Select(referral => referral.Id));
        Assert.All(screenings, referral => Assert.Equal("+8613800000000", referral.ContactPhone));
        Assert.Equal("Li.Lei@example.org", (await Referrals.GetAsync(ReferralScope.AllSites, byEmail.Id))!.ContactEmail);
        Assert.Equal(
            (await Referrals.GetAsync(ReferralScope.AllSites, byEmail.Id))!.PersonKey,
            (await Referrals.GetAsync(ReferralScope.AllSites, sameEmail.Id))!.PersonKey);
    }

    [Fact]
    public async Task Referrals_filter_by_status_channel_and_the_look_again_queue()
    {
        var web = For(Conversation, Clock.GetUtcNow());
        var sms = For(new ConversationKey("sms", "+8613800000000"), Clock.GetUtcNow().AddMinutes(1)) with { ReviewRequested = true, OutcomeId = "likely-ineligible" };
        await Referrals.AddAsync(web);
        await Referrals.AddAsync(sms);
        await Referrals.ChangeStatusAsync(ReferralScope.AllSites, web.Id, new StatusChange(ReferralStatuses.Contacted, "a", null));

        Assert.Equal([sms.Id], (await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { ChannelId = "sms" })).Select(referral => referral.Id));
        Assert.Equal([sms.Id], (await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { ReviewRequested = true })).Select(referral => referral.Id));
        Assert.Equal([web.Id], (await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { ReviewRequested = false })).Select(referral => referral.Id));
        var contacted = Assert.Single(await Referrals.ListAsync(ReferralScope.AllSites, new ReferralFilter { Status = ReferralStatuses.Contacted }));
        Assert.Single(contacted.History);
    }

    [Fact]
    public async Task Deleting_a_conversations_referrals_deletes_their_history()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);
        await Referrals.AddEventAsync(ReferralScope.AllSites, referral.Id, new ReferralEvent(Clock.GetUtcNow(), "a", ReferralEventKinds.Note, null, null, "note"));

        Assert.Equal(1, await Referrals.DeleteForConversationAsync(Conversation));
        await Referrals.AddAsync(referral);

        Assert.Empty((await Referrals.GetAsync(ReferralScope.AllSites, referral.Id))!.History);
    }
}
