using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;
using Xunit;
using static TrialBot.Storage.Tests.Support.Referrals;

namespace TrialBot.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static readonly ReferralText RheumatologistLabel = new("Treating rheumatologist and hospital", "主治风湿免疫科医生和医院");
    private static readonly ReferralText TravelLabel = new("Able to travel and stay for cell collection and infusion", "能否前往并停留以采集细胞和回输");

    [Fact]
    public async Task Pre_call_answers_are_kept_on_the_referral_as_said_replaced_on_each_save_and_the_screening_details_stay()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);

        var first = await Referrals.SavePreCallAnswersAsync(referral.Id, Conversation, [new ReferralPreCallAnswer("precall.rheumatologist", RheumatologistLabel, "王医生，同济医院")]);
        var second = await Referrals.SavePreCallAnswersAsync(referral.Id, Conversation,
        [
            new ReferralPreCallAnswer("precall.rheumatologist", RheumatologistLabel, "王医生，同济医院"),
            new ReferralPreCallAnswer("precall.travel", TravelLabel, null),
        ]);

        Assert.True(first);
        Assert.True(second);
        var read = (await Referrals.GetAsync(ReferralScope.AllSites, referral.Id))!;
        Assert.Equal(["precall.rheumatologist", "precall.travel"], read.Details.PreCall.Select(answer => answer.QuestionId));
        Assert.Equal("王医生，同济医院", read.Details.PreCall[0].Said);
        Assert.Equal(RheumatologistLabel, read.Details.PreCall[0].Label);
        Assert.False(read.Details.PreCall[0].Skipped);
        Assert.True(read.Details.PreCall[1].Skipped);
        Assert.Equal(referral.Details.Answers, read.Details.Answers);
        Assert.Equal(referral.Details.Criteria, read.Details.Criteria);
        Assert.Equal(ReferralStatuses.New, read.Status);
        var listed = Assert.Single(await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All));
        Assert.Equal(2, listed.Details.PreCall.Count);
    }

    [Fact]
    public async Task Only_the_conversation_that_made_a_referral_can_add_pre_call_answers_and_a_deleted_one_takes_none()
    {
        var referral = For(Conversation, Clock.GetUtcNow());
        await Referrals.AddAsync(referral);
        IReadOnlyList<ReferralPreCallAnswer> answers = [new ReferralPreCallAnswer("precall.rheumatologist", RheumatologistLabel, "Dr Li")];

        var foreign = await Referrals.SavePreCallAnswersAsync(referral.Id, new ConversationKey("webchat", "someone-else"), answers);
        var unknown = await Referrals.SavePreCallAnswersAsync(Guid.NewGuid(), Conversation, answers);
        var untouched = (await Referrals.GetAsync(ReferralScope.AllSites, referral.Id))!;
        await Referrals.DeleteForConversationAsync(Conversation);
        var deleted = await Referrals.SavePreCallAnswersAsync(referral.Id, Conversation, answers);

        Assert.False(foreign);
        Assert.False(unknown);
        Assert.Empty(untouched.Details.PreCall);
        Assert.False(deleted);
        Assert.Empty(await Referrals.ListAsync(ReferralScope.AllSites, ReferralFilter.All));
    }
}
