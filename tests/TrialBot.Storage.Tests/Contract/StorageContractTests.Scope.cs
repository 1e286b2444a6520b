using TrialBot.Storage.Referrals;
using Xunit;
using static TrialBot.Storage.Tests.Support.Referrals;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task A_scope_of_sites_sees_and_changes_only_the_referrals_of_its_sites()
    {
        var shanghai = For(Conversation, Clock.GetUtcNow(), "shanghai");
        var wuhan = For(Conversation, Clock.GetUtcNow().AddMinutes(1), "wuhan");
        await Referrals.AddAsync(shanghai);
        await Referrals.AddAsync(wuhan);
        var onlyWuhan = ReferralScope.ForSites(["wuhan"]);

        Assert.Equal([wuhan.Id], (await Referrals.ListAsync(onlyWuhan, ReferralFilter.All)).Select(referral => referral.Id));
        Assert.Empty(await Referrals.ListAsync(onlyWuhan, new ReferralFilter { SiteId = "shanghai" }));
        Assert.Null(await Referrals.GetAsync(onlyWuhan, shanghai.Id));
        Assert.NotNull(await Referrals.GetAsync(onlyWuhan, wuhan.Id));
        Assert.False(await Referrals.MarkContactedAsync(onlyWuhan, shanghai.Id, "a"));
        Assert.Null((await Referrals.GetAsync(ReferralScope.AllSites, shanghai.Id))!.ContactedAt);
        Assert.Empty(await Referrals.ListAsync(ReferralScope.None, ReferralFilter.All));
        Assert.Equal(2, (await Referrals.ListAsync(ReferralScope.ForSites(["wuhan", "shanghai"]), ReferralFilter.All)).Count);
    }
}
