using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bot.Tests.Support;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Tests;

public class DeleteDataTests
{
    private const string StateKey = "test/conversations/" + ChatDriver.ConversationId;

    private static async Task<ChatDriver> WithStoredReferralAsync(string language)
    {
        var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");
        await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language));
        await driver.SayAsync(language == "zh" ? "是" : "yes");
        await driver.SayAsync("Li Wei");
        await driver.SayAsync("+86 138 1234 5678");
        return driver;
    }

    [Theory]
    [InlineData("en", "delete my data", "yes", "Done: your answers and contact details")]
    [InlineData("zh", "删除我的数据", "是", "已完成：您在本次对话中的回答和联系方式已被删除")]
    public async Task Delete_my_data_after_confirmation_erases_the_conversation_state_and_the_referral(string language, string command, string yes, string done)
    {
        await using var driver = await WithStoredReferralAsync(language);
        var storage = driver.Services.GetRequiredService<IStorage>();
        Assert.NotEmpty(await storage.ReadAsync([StateKey]));

        var confirm = await driver.SayAsync(command);
        var deleted = await driver.SayAsync(yes);

        Assert.Equal(DialogIdsForTests.DeleteConfirm, Replies.LastQuestionId(confirm));
        Assert.StartsWith(done, Assert.Single(deleted).Text, StringComparison.Ordinal);
        Assert.Empty(await driver.Services.GetRequiredService<IReferralStore>().ListAsync(ReferralScope.AllSites, ReferralFilter.All));
        Assert.Empty(await storage.ReadAsync([StateKey]));

        var again = await driver.SayAsync("hello");
        Assert.Contains(language == "zh" ? "您好" : "Hello", again[0].Text, StringComparison.Ordinal);
        Assert.Equal("consent", Replies.LastQuestionId(again));
    }

    [Fact]
    public async Task Saying_no_keeps_everything_and_asks_the_interrupted_question_again()
    {
        await using var driver = ChatDriver.Create();
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, stopAt: "cns");

        await driver.SayAsync("delete my data");
        var kept = await driver.SayAsync("no");

        Assert.Equal("OK, nothing was deleted.", kept[0].Text);
        Assert.Equal("cns", Replies.LastQuestionId(kept));
        Assert.Equal("other-autoimmune", Replies.LastQuestionId(await driver.SayAsync("no")));
    }

    [Fact]
    public async Task Delete_my_data_before_anything_was_said_confirms_and_erases_without_error()
    {
        await using var driver = ChatDriver.Create();

        await driver.SayAsync("delete my data");
        var deleted = await driver.SayAsync("yes");

        Assert.StartsWith("Done:", Assert.Single(deleted).Text, StringComparison.Ordinal);
    }
}
