using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>
/// The conversation says what the listing means: an age within a birthday of the limits and a remembered SELENA-SLEDAI
/// below 8 are left for the study team with the value quoted; the sites say where the listing names them.
/// </summary>
public class ListingFidelityConversationTests
{
    [Theory]
    [InlineData("en", "17", "You are 17.")]
    [InlineData("zh", "17岁", "您今年17周岁")]
    [InlineData("en", "I'm 70", "You are 70.")]
    [InlineData("zh", "七十岁", "您今年70周岁")]
    public async Task An_age_within_a_birthday_of_the_limits_with_the_birthday_unknown_goes_to_review_with_the_age_in_the_reason(string language, string age, string reason)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("age", age), ("age.birthday", language == "zh" ? "不知道" : "not sure")));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Equal("unknown", Replies.Status(outcome, "I2"));
        var ageCriterion = outcome["criteria"]!.Single(criterion => (string?)criterion["id"] == "I2");
        Assert.Contains(reason, (string)ageCriterion["reason"]!, StringComparison.Ordinal);
        Assert.Contains("location", transcript.QuestionsAsked);
    }

    [Theory]
    [InlineData("en", "17", "yes", "Will you turn 18 within the next month?", "pass")]
    [InlineData("en", "17", "no", "Will you turn 18 within the next month?", "fail")]
    [InlineData("zh", "17岁", "会", "您在接下来一个月内会满18周岁吗？", "pass")]
    [InlineData("zh", "17岁", "不会", "您在接下来一个月内会满18周岁吗？", "fail")]
    [InlineData("en", "70", "yes", "Will you turn 71 within the next month?", "fail")]
    [InlineData("en", "70", "nope", "Will you turn 71 within the next month?", "pass")]
    [InlineData("zh", "70", "是的", "您在接下来一个月内会满71周岁吗？", "fail")]
    [InlineData("zh", "七十岁", "不会", "您在接下来一个月内会满71周岁吗？", "pass")]
    public async Task At_17_or_70_one_birthday_follow_up_decides_the_age(string language, string age, string birthday, string asked, string status)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("age", age), ("age.birthday", birthday)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal(status, Replies.Status(outcome, "I2"));
        Assert.Equal(status == "pass" ? "likely-eligible" : "likely-ineligible", (string?)outcome["outcome"]);
        Assert.Single(transcript.QuestionsAsked, id => id == "age.birthday");
        Assert.Contains(asked, string.Join('\n', transcript.AllReplies.Select(reply => reply.Text)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "70", "No, she turned 71 already, in February", "fail")]
    [InlineData("en", "70", "no her birthday is in May she turned 72 last May", "fail")]
    [InlineData("en", "17", "no, I'm 18 now, my birthday was last week", "pass")]
    public async Task An_age_said_in_the_reply_to_the_birthday_follow_up_replaces_the_one_asked_about(string language, string age, string birthday, string status)
    {
        await using var driver = ChatDriver.Create();

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("age", age), ("age.birthday", birthday)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal(status, Replies.Status(outcome, "I2"));
        Assert.Single(transcript.QuestionsAsked, id => id == "age.birthday");
    }

    [Fact]
    public async Task An_age_away_from_the_limits_gets_no_birthday_follow_up()
    {
        await using var driver = ChatDriver.Create();

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible("en").With(("age", "45")));

        Assert.DoesNotContain("age.birthday", transcript.QuestionsAsked);
    }

    [Theory]
    [InlineData("en", "6", "score was 6.")]
    [InlineData("zh", "6分", "评分为6分")]
    public async Task A_remembered_sledai_below_eight_goes_to_review_not_exclusion_and_is_quoted(string language, string score, string reason)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("sledai", score)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Equal("unknown", Replies.Status(outcome, "I6"));
        Assert.Contains(reason, (string)outcome["criteria"]!.Single(criterion => (string?)criterion["id"] == "I6")["reason"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Wuhan", "Listed investigators: Yu Hu, Heng Mei. The listing's locations name Shanghai only")]
    [InlineData("zh", "武汉", "所列研究者：Yu Hu、Heng Mei。试验信息的研究地点只列出了上海")]
    [InlineData("en", "Hangzhou", "Listed investigator: Liangjing Lv. In the listing's location, Shanghai")]
    public async Task The_site_shown_says_where_the_listing_names_it(string language, string city, string siteText)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("location", city)));

        Assert.Contains(siteText, Replies.Text(transcript.LastReplies), StringComparison.Ordinal);
        Assert.DoesNotContain("Principal investigators:", Replies.Text(transcript.LastReplies), StringComparison.Ordinal);
    }
}
