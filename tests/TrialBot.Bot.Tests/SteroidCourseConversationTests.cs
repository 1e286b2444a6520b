using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

/// <summary>
/// The steroid questions as the listing means them: an injected, depot or pulse dose is kept and sent to the study team
/// (never read as daily tablets); on-and-off use gets one follow-up about the current course; a low dose beside only
/// hydroxychloroquine is for the study team to confirm.
/// </summary>
public class SteroidCourseConversationTests
{
    [Theory]
    [InlineData("en", "methylprednisolone and mycophenolate", "Depo-Medrol 40 mg once a month", "methylprednisolone 40 mg, injected or IV, monthly")]
    [InlineData("zh", "甲泼尼龙和吗替麦考酚酯", "甲强龙针40mg一个月一次", "甲泼尼龙40毫克，注射或静脉、每月一次")]
    public async Task An_injected_depot_dose_goes_to_review_with_the_dose_quoted(string language, string treatment, string dose, string quoted)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("treatment", treatment), ("steroid-dose", dose)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Equal("unknown", Replies.Status(outcome, "I4"));
        Assert.Contains(quoted, (string)outcome["criteria"]!.Single(criterion => (string?)criterion["id"] == "I4")["reason"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "iv solumedrol 500mg for 3 days", "pass")]
    [InlineData("zh", "甲强龙500mg冲击三天", "pass")]
    [InlineData("en", "methylpred pulse 500mg", "unknown")]
    public async Task A_pulse_is_recorded_and_its_length_decides_the_high_dose_exclusion(string language, string dose, string e1)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");
        var treatment = language == "zh" ? "甲泼尼龙和吗替麦考酚酯" : "methylprednisolone and mycophenolate";

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("treatment", treatment), ("steroid-dose", dose)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Equal("unknown", Replies.Status(outcome, "I4"));
        Assert.Equal(e1, Replies.Status(outcome, "E1"));
    }

    [Theory]
    [InlineData("en", "on and off for years", "your current course")]
    [InlineData("zh", "断断续续吃了好多年了", "目前这一轮用药")]
    public async Task On_and_off_use_gets_one_follow_up_about_the_current_course(string language, string answer, string followUp)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");
        await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language), stopAt: "steroid-duration");

        var replies = await driver.SayAsync(answer);

        Assert.Contains(followUp, Replies.Text(replies), StringComparison.Ordinal);
        Assert.Equal("steroid-duration", Replies.LastQuestionId(replies));
    }

    [Theory]
    [InlineData("en", "prednisone 5 mg a day")]
    [InlineData("zh", "泼尼松每天5毫克")]
    public async Task A_low_dose_beside_only_hydroxychloroquine_goes_to_review_not_to_a_fail(string language, string dose)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("steroid-dose", dose)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Equal("unknown", Replies.Status(outcome, "I4"));
    }
}
