using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bot.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Tests;

/// <summary>The referral's steps: skipped when they do not apply, gone back to, asked anew in another language, asked again after giving up.</summary>
public class ReferralStepTests
{
    private const string SenderNumber = "+8613812345678";

    private static async Task<Referral> SingleReferralAsync(ChatDriver driver) =>
        Assert.Single(await driver.Services.GetRequiredService<IReferralStore>().ListAsync(ReferralScope.AllSites, ReferralFilter.All));

    private static Task<IReadOnlyList<Activity>> SayFromSenderAsync(ChatDriver driver, string text)
    {
        var activity = driver.Adapter.MakeActivity(text);
        activity.From = new ChannelAccount(SenderNumber, "Person");
        return driver.SendAsync(activity);
    }

    [Fact]
    public async Task Back_walks_the_referral_questions_in_order_through_the_site_and_consent_given_again_keeps_the_site_chosen()
    {
        await using var driver = ChatDriver.Create(locale: "zh-CN");
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleChinese.With(("location", "不知道")));
        await driver.SayAsync("可以");
        await driver.SayAsync("上海");

        var site = await driver.SayAsync("返回");
        var consent = await driver.SayAsync("返回");
        var nameAfterConsent = await driver.SayAsync("可以");
        var siteAgain = await driver.SayAsync("返回");
        var name = await driver.SayAsync("武汉");
        var contact = await driver.SayAsync("王芳");
        await driver.SayAsync("wang.fang@example.cn");

        Assert.Equal(DialogIdsForTests.ReferralSite, Replies.LastQuestionId(site));
        Assert.Equal(DialogIdsForTests.Referral, Replies.LastQuestionId(consent));
        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(nameAfterConsent));
        Assert.Equal(DialogIdsForTests.ReferralSite, Replies.LastQuestionId(siteAgain));
        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(name));
        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId(contact));
        var referral = await SingleReferralAsync(driver);
        Assert.Equal("wuhan-union", referral.SiteId);
        Assert.Equal("王芳", referral.ContactName);
    }

    [Fact]
    public async Task On_SMS_back_at_the_contact_question_offers_the_senders_number_again_and_yes_stores_it()
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: "en-US");
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");

        var offer = await SayFromSenderAsync(driver, "Li Na");
        var contact = await SayFromSenderAsync(driver, "another number");
        var offerAgain = await SayFromSenderAsync(driver, "back");
        await SayFromSenderAsync(driver, "yes");

        Assert.Equal("referral.contact.offer", Replies.LastQuestionId(offer));
        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId(contact));
        Assert.Equal("referral.contact.offer", Replies.LastQuestionId(offerAgain));
        var referral = await SingleReferralAsync(driver);
        Assert.Equal(SenderNumber, referral.ContactPhone);
        Assert.Equal("Li Na", referral.ContactName);
    }

    [Fact]
    public async Task Off_SMS_no_number_is_offered_and_back_at_the_contact_question_goes_to_the_name()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");

        var contact = await driver.SayAsync("Li Na");
        var name = await driver.SayAsync("back");
        var consent = await driver.SayAsync("back");

        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId(contact));
        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(name));
        Assert.Equal(DialogIdsForTests.Referral, Replies.LastQuestionId(consent));
    }

    [Fact]
    public async Task Switching_language_at_the_name_asks_the_name_again_in_Chinese_and_the_referral_carries_on()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");

        var switched = await driver.SayAsync("中文");
        var contact = await driver.SayAsync("李娜");
        await driver.SayAsync("13812345678");

        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(switched));
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", switched[^1].Text);
        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId(contact));
        Assert.Equal("李娜", (await SingleReferralAsync(driver)).ContactName);
    }

    [Fact]
    public async Task A_name_given_up_on_at_the_retry_cap_is_asked_again_never_skipped()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await driver.SayAsync("I don't know");
        }

        var gaveUp = await driver.SayAsync("I don't know");
        var contact = await driver.SayAsync("Li Na");

        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(gaveUp));
        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId(contact));
    }

    [Fact]
    public async Task Delete_my_data_at_the_name_asked_anew_in_Chinese_then_no_asks_the_name_again_and_the_referral_carries_on()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish);
        await driver.SayAsync("yes");

        var confirm = await driver.SayAsync("delete my data");
        var chinese = await driver.SayAsync("中文");
        var kept = await driver.SayAsync("不");
        var contact = await driver.SayAsync("李娜");
        await driver.SayAsync("13812345678");

        Assert.Equal(DialogIdsForTests.DeleteConfirm, Replies.LastQuestionId(confirm));
        Assert.Equal(DialogIdsForTests.DeleteConfirm, Replies.LastQuestionId(chinese));
        Assert.Contains("现在删除吗", chinese[^1].Text, StringComparison.Ordinal);
        Assert.Equal(DialogIdsForTests.ReferralName, Replies.LastQuestionId(kept));
        Assert.Equal(DialogIdsForTests.ReferralContact, Replies.LastQuestionId(contact));
        Assert.Equal("李娜", (await SingleReferralAsync(driver)).ContactName);
    }
}
