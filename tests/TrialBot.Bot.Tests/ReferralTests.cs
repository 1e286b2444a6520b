using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bot.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Tests;

public class ReferralTests
{
    private static async Task<IReadOnlyList<Referral>> ReferralsAsync(ChatDriver driver) =>
        await driver.Services.GetRequiredService<IReferralStore>().ListAsync(ReferralScope.AllSites, ReferralFilter.All);

    [Fact]
    public async Task After_a_likely_eligible_outcome_the_referral_is_asked_for_and_stored()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);

        var name = await driver.SayAsync("yes");
        var contact = await driver.SayAsync("Li Wei");
        var saved = await driver.SayAsync("You can call me on 138-1234-5678");

        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(name));
        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId(contact));
        var confirmation = saved[0].Text;
        Assert.Equal("precall.rheumatologist", Replies.LastQuestionId(saved));
        Assert.Contains("Renji Hospital", confirmation, StringComparison.Ordinal);
        Assert.Contains("Li Wei", confirmation, StringComparison.Ordinal);
        Assert.Contains("13812345678", confirmation, StringComparison.Ordinal);
        Assert.Contains("likely eligible", confirmation, StringComparison.Ordinal);
        Assert.Contains("delete my data", confirmation, StringComparison.Ordinal);

        var referral = Assert.Single(await ReferralsAsync(driver));
        Assert.Equal("likely-eligible", referral.OutcomeId);
        Assert.Equal("shanghai-renji", referral.SiteId);
        Assert.Equal("Li Wei", referral.ContactName);
        Assert.Equal("+8613812345678", referral.ContactPhone);
        Assert.Equal("NCT05765006", referral.TrialId);
        Assert.Equal(ReferralStatuses.New, referral.Status);
        Assert.False(string.IsNullOrEmpty(referral.PersonKey));
        Assert.Equal(12, referral.Details.Criteria.Count);
        Assert.All(referral.Details.Criteria, criterion => Assert.False(string.IsNullOrWhiteSpace(criterion.Reason.En + criterion.Reason.Zh)));
        var age = Assert.Single(referral.Details.Answers, answer => answer.QuestionId == "age");
        Assert.False(string.IsNullOrWhiteSpace(age.Said));
        Assert.Contains("years", age.Understood.En, StringComparison.Ordinal);
        Assert.Contains("岁", age.Understood.Zh, StringComparison.Ordinal);
        Assert.Null(referral.ContactEmail);
        Assert.Equal(FixedClock.Now, referral.ConsentedAt);
        Assert.Equal("en-US", referral.Locale);
        Assert.Equal("test", referral.ChannelId);
        Assert.Equal(new TrialBot.Storage.Conversations.ConversationKey("test", ChatDriver.ConversationId).Hash, referral.ConversationKeyHash);
        Assert.Equal(12, referral.CriterionResults.Count);
        Assert.Equal("pass", referral.CriterionResults["I4"]);
    }

    [Fact]
    public async Task In_Chinese_with_an_unknown_place_the_site_is_chosen_and_an_email_accepted()
    {
        await using var driver = ChatDriver.Create(locale: "zh-CN");
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleChinese.With(("location", "不知道")));

        var site = await driver.SayAsync("可以");
        var name = await driver.SayAsync("武汉");
        await driver.SayAsync("王芳");
        var saved = await driver.SayAsync("我的邮箱是 wang.fang@example.cn");

        Assert.Equal(DialogIdsForTests.ReferralSite, Replies.LastQuestionId(site));
        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(name));
        Assert.Contains("华中科技大学同济医学院附属协和医院", saved[0].Text, StringComparison.Ordinal);
        Assert.Equal("precall.rheumatologist", Replies.LastQuestionId(saved));
        var referral = Assert.Single(await ReferralsAsync(driver));
        Assert.Equal("wuhan-union", referral.SiteId);
        Assert.Equal("wang.fang@example.cn", referral.ContactEmail);
        Assert.Contains(referral.Details.Answers, answer => answer.QuestionId == "location" && answer.Said == "不知道" && answer.IsUnknown);
        Assert.Equal("zh-CN", referral.Locale);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("call me maybe")]
    [InlineData("1234567890123456")]
    [InlineData("me@example")]
    public async Task A_contact_that_is_no_phone_number_or_email_is_asked_again(string contact)
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");
        await driver.SayAsync("Li Wei");

        var reask = Assert.Single(await driver.SayAsync(contact));

        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId([reask]));
        Assert.StartsWith("I couldn't find a phone number", reask.Text, StringComparison.Ordinal);
        Assert.Empty(await ReferralsAsync(driver));
    }

    [Fact]
    public async Task Declining_contact_stores_nothing_and_later_messages_get_the_finished_note()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);

        var declined = Assert.Single(await driver.SayAsync("no thanks"));
        var later = Assert.Single(await driver.SayAsync("thanks"));

        Assert.StartsWith("OK, I will not pass on your details.", declined.Text, StringComparison.Ordinal);
        Assert.StartsWith("The pre-screening is finished.", later.Text, StringComparison.Ordinal);
        Assert.Empty(await ReferralsAsync(driver));
    }

    [Fact]
    public async Task Back_during_the_referral_goes_to_its_previous_question()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");
        await driver.SayAsync("Li Wei");

        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(await driver.SayAsync("back")));
    }

    [Fact]
    public async Task Once_the_referral_is_stored_answers_can_no_longer_be_changed()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");
        await driver.SayAsync("Li Wei");
        await driver.SayAsync("li.wei@example.org");

        var replies = await driver.SayAsync("change my age");

        Assert.StartsWith("Your details have already been saved", replies[0].Text, StringComparison.Ordinal);
        Assert.Single(await ReferralsAsync(driver));
    }
}
