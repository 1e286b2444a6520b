using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bot.Answers;
using TrialBot.Bot.Configuration;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Tests.Support;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Tests;

/// <summary>The conversation never decides on a reading the person has not seen: confirmations of what was understood, and the review before the outcome.</summary>
public class UnderstandingTests
{
    private static async Task<ChatDriver> AtQuestionAsync(string questionId, string language = "en", AnswerBook? book = null, ChatDriver? driver = null)
    {
        driver ??= ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");
        await ScreeningRun.RunAsync(driver, book ?? AnswerBook.Eligible(language), stopAt: questionId);
        return driver;
    }

    private static string Yes(string language) => language == "zh" ? "是" : "yes";

    private static string No(string language) => language == "zh" ? "否" : "no";

    [Theory]
    [InlineData("en", "10 days", "So your dose has stayed the same for about 10 days — is that right?", "Time on the same dose: 10 days")]
    [InlineData("zh", "10天", "您的剂量大约10天没有变过，对吗？", "剂量保持不变的时长：10天")]
    public async Task A_free_answer_that_excludes_is_said_back_and_kept_only_once_confirmed(string language, string answer, string understood, string reviewed)
    {
        await using var driver = await AtQuestionAsync("steroid-stable", language);

        var confirm = await driver.SayAsync(answer);
        var review = await driver.SayAsync(Yes(language));
        var outcome = await driver.SayAsync(Yes(language));

        Assert.Equal("steroid-stable.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal(understood, Assert.Single(confirm).Text);
        Assert.Equal([Yes(language) == "yes" ? "Yes" : "是", language == "zh" ? "否" : "No"], confirm[^1].SuggestedActions.Actions.Select(action => action.Title));
        Assert.Equal("review", Replies.LastQuestionId(review));
        Assert.Contains(reviewed, review[^1].Text, StringComparison.Ordinal);
        Assert.Equal("likely-ineligible", (string?)Replies.Outcome(outcome)!["outcome"]);
        Assert.Equal("fail", Replies.Status(Replies.Outcome(outcome)!, "I4"));
    }

    [Theory]
    [InlineData("en", "3 day iv pulse last month", "So your answer to “In the last 8 weeks, did you take 100+ mg prednisone or 80+ mg methylprednisolone a day for 14 days or more?” is no: you have not — is that right?")]
    [InlineData("zh", "上个月住院打了5天地塞米松吊瓶", "您对“过去8周内，您是否每天用泼尼松100毫克以上或甲泼尼龙80毫克以上，达14天或更久？”的回答是“没有”，对吗？")]
    public async Task A_high_dose_course_shorter_than_the_questions_days_is_said_back_as_the_questions_no(string language, string answer, string understood)
    {
        await using var driver = await AtQuestionAsync("high-dose-steroids", language);

        var confirm = await driver.SayAsync(answer);
        var next = await driver.SayAsync(Yes(language));

        Assert.Equal("high-dose-steroids.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal(understood, confirm[^1].Text);
        Assert.Equal("kidney", Replies.LastQuestionId(next));
    }

    [Theory]
    [InlineData("en", "cellcept + a steroid, dont know which", "8mg a day, dont know the name")]
    [InlineData("zh", "吗替麦考酚酯，还有激素，不知道是哪种", "每天8毫克，不知道叫什么")]
    public async Task A_dose_of_a_steroid_the_person_cannot_name_asks_which_and_is_not_known_without_it(string language, string medicines, string dose)
    {
        await using var driver = await AtQuestionAsync("steroid-dose", language, AnswerBook.Eligible(language).With(("treatment", medicines)));

        var which = await driver.SayAsync(dose);
        var next = await driver.SayAsync(language == "zh" ? "不知道" : "don't know");

        Assert.Equal("steroid-dose", Replies.LastQuestionId(which));
        Assert.Contains(language == "zh" ? "哪一种激素" : "Which steroid is it?", which[0].Text, StringComparison.Ordinal);
        Assert.NotEqual("steroid-dose", Replies.LastQuestionId(next));
    }

    [Theory]
    [InlineData("en", "steroids and cellcept", "7.5mg a day", "7.5 mg/day prednisone-equivalent (prednisone)")]
    [InlineData("zh", "激素 还有每个月打一次环磷酰胺", "一天一片半 5毫克一片", "相当于泼尼松每天7.5毫克（泼尼松）")]
    public async Task A_dose_of_a_steroid_named_by_the_everyday_word_is_read_as_prednisone_and_said_back(string language, string medicines, string dose, string understood)
    {
        await using var driver = await AtQuestionAsync("steroid-dose", language, AnswerBook.Eligible(language).With(("treatment", medicines)));

        var confirm = await driver.SayAsync(dose);

        Assert.Equal("steroid-dose.confirm", Replies.LastQuestionId(confirm));
        Assert.Contains(understood, confirm[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "this july", "So you were diagnosed with lupus about 3.8 months ago (counting from July 2026) — is that right?", "Time since diagnosis: 3.8 months (counting from July 2026)")]
    [InlineData("zh", "今年7月确诊的", "您确诊狼疮大约3.8个月了（从2026年7月算起），对吗？", "确诊时长：3.8个月（从2026年7月算起）")]
    public async Task A_time_read_from_a_date_is_said_back_with_its_month(string language, string answer, string understood, string reviewed)
    {
        await using var driver = await AtQuestionAsync("diagnosis-duration", language);

        var confirm = await driver.SayAsync(answer);
        var review = await driver.SayAsync(Yes(language));

        Assert.Equal("diagnosis-duration.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal(understood, confirm[^1].Text);
        Assert.Equal("review", Replies.LastQuestionId(review));
        Assert.Contains(reviewed, review[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "about 6 months")]
    [InlineData("zh", "半年左右吧")]
    public async Task A_rough_time_at_a_limit_is_left_to_the_study_team(string language, string answer)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("diagnosis-duration", answer)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Equal("unknown", Replies.Status(outcome, "I4"));
    }

    [Theory]
    [InlineData("en", "since the end of october", "not sure, she might have missed a few days when the pharmacy ran out")]
    [InlineData("zh", "10月下旬开始的", "不确定，10月下旬断货那阵子可能停过几天")]
    [InlineData("en", "since the end of october", "I'm not sure")]
    public async Task A_reply_to_a_read_back_that_opens_unsure_keeps_nothing_and_asks_the_question_again(string language, string answer, string unsure)
    {
        await using var driver = await AtQuestionAsync("steroid-duration", language);

        var confirm = await driver.SayAsync(answer);
        var next = await driver.SayAsync(unsure);
        var outcome = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("steroid-duration", language == "zh" ? "不知道" : "I don't know")), next);

        Assert.Equal("steroid-duration.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal("steroid-duration", Replies.LastQuestionId(next));
        Assert.Equal("unknown", Replies.Status(Replies.Outcome(outcome.LastReplies)!, "I4"));
    }

    [Theory]
    [InlineData("en", "they said I have almost none, IgA deficiency", "So I understood: Serum IgA: IgA deficiency (IgA below 10 mg/dL). Is that right?")]
    [InlineData("zh", "医生说我是IgA缺乏症", "我理解的是：血清免疫球蛋白A：IgA缺乏（IgA低于10 mg/dL）。对吗？")]
    [InlineData("en", "IMMUNOGLOBULIN A, SERUM   <5   mg/dL   70-400   L", "So your latest blood IgA level was below 5 mg/dL (0.05 g/L) — is that right?")]
    [InlineData("zh", "IgA 低于0.05 g/L", "您最近的血清IgA水平是低于5 mg/dL（0.05 g/L），对吗？")]
    public async Task Iga_deficiency_or_a_bound_below_the_limit_is_said_back_and_excludes_once_confirmed(string language, string answer, string understood)
    {
        await using var driver = await AtQuestionAsync("iga", language);

        var confirm = await driver.SayAsync(answer);
        await driver.SayAsync(Yes(language));
        await driver.SayAsync(language == "zh" ? "上海" : "Shanghai");
        var outcome = await driver.SayAsync(Yes(language));

        Assert.Equal("iga.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal(understood, confirm[^1].Text);
        Assert.Equal("likely-ineligible", (string?)Replies.Outcome(outcome)!["outcome"]);
        Assert.Equal("fail", Replies.Status(Replies.Outcome(outcome)!, "E6"));
    }

    [Theory]
    [InlineData("en", "been on it since i was diagnosed", "So you have been taking steroids for about 3 years — is that right?")]
    [InlineData("zh", "确诊以后一直在吃", "您使用激素大约3年了，对吗？")]
    public async Task Since_the_diagnosis_is_measured_by_the_time_since_the_diagnosis_and_confirmed(string language, string answer, string understood)
    {
        await using var driver = await AtQuestionAsync("steroid-duration", language);

        var confirm = await driver.SayAsync(answer);
        var next = await driver.SayAsync(Yes(language));

        Assert.Equal("steroid-duration.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal(understood, confirm[^1].Text);
        Assert.Equal("steroid-stable", Replies.LastQuestionId(next));
    }

    [Theory]
    [InlineData("en", "Same 15mg since I started it again", "So your dose has stayed the same for about 2.3 months (counting from September 2026) — is that right?")]
    [InlineData("zh", "开始就是3片，一直没变", "您的剂量大约2.3个月没有变过（从2026年9月算起），对吗？")]
    public async Task Since_the_course_started_is_measured_by_the_course_and_confirmed(string language, string answer, string understood)
    {
        await using var driver = await AtQuestionAsync("steroid-stable", language, AnswerBook.Eligible(language).With(("steroid-duration", language == "zh" ? "10周" : "10 weeks")));

        var confirm = await driver.SayAsync(answer);
        var next = await driver.SayAsync(Yes(language));

        Assert.Equal("steroid-stable.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal(understood, confirm[^1].Text);
        Assert.Equal("high-dose-steroids", Replies.LastQuestionId(next));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task No_to_what_was_understood_asks_the_question_again_and_nothing_is_kept(string language)
    {
        await using var driver = await AtQuestionAsync("steroid-stable", language);
        await driver.SayAsync(language == "zh" ? "10天" : "10 days");

        var again = await driver.SayAsync(No(language));
        var next = await driver.SayAsync(language == "zh" ? "两个月" : "2 months");

        Assert.Equal("steroid-stable", Replies.LastQuestionId(again));
        Assert.Equal(language == "zh" ? "好的，我们再回答一次这个问题。" : "OK, let's try that question again.", again[0].Text);
        Assert.Equal("high-dose-steroids", Replies.LastQuestionId(next));
    }

    [Fact]
    public async Task A_corrected_answer_is_read_with_the_questions_recognizer_and_checked_again()
    {
        await using var driver = await AtQuestionAsync("steroid-stable");
        await driver.SayAsync("10 days");

        var stillExcluding = await driver.SayAsync("no, 3 days");
        var passing = await driver.SayAsync("sorry, 2 months");

        Assert.Equal("steroid-stable.confirm", Replies.LastQuestionId(stillExcluding));
        Assert.Contains("3 days", stillExcluding[^1].Text, StringComparison.Ordinal);
        Assert.Equal("high-dose-steroids", Replies.LastQuestionId(passing));
    }

    [Theory]
    [InlineData("en", "Yes", "review")]
    [InlineData("en", "yes", "review")]
    [InlineData("zh", "是", "review")]
    [InlineData("en", "yes I had a kidney transplant in 2015", "transplant.confirm")]
    [InlineData("zh", "有，2015年做过肾移植", "transplant.confirm")]
    public async Task A_plain_choice_needs_no_confirmation_but_a_statement_that_excludes_does(string language, string answer, string expected)
    {
        await using var driver = await AtQuestionAsync("transplant", language);

        var reply = await driver.SayAsync(answer);

        Assert.Equal(expected, Replies.LastQuestionId(reply));
    }

    [Theory]
    [InlineData("en", "yes I had a kidney transplant in 2015", "got a new kidney from a deceased donor in 2015")]
    [InlineData("zh", "有，2015年做过肾移植", "医生给我换的肾，2015年在华西做的")]
    public async Task A_reply_to_a_yes_said_back_that_tells_the_same_yes_in_other_words_keeps_it(string language, string answer, string restated)
    {
        await using var driver = await AtQuestionAsync("transplant", language);
        await driver.SayAsync(answer);

        var reply = await driver.SayAsync(restated);

        // Kept: a transplant excludes, so the questions left are skipped and the answers reviewed.
        Assert.Equal("review", Replies.LastQuestionId(reply));
    }

    [Theory]
    [InlineData("zh", "IgA 0.06 g/L", "对，就是0.06。医生还说我这个叫IgA缺乏")]
    [InlineData("en", "IgA 0.06 g/L", "yes that's right, 0.06, the doctor called it IgA deficiency")]
    public async Task A_yes_to_a_lab_value_said_back_with_the_same_finding_in_words_keeps_the_value(string language, string answer, string reply)
    {
        await using var driver = await AtQuestionAsync("iga", language);
        await driver.SayAsync(answer);

        var next = await driver.SayAsync(reply);

        // Kept: IgA below 10 mg/dL excludes, so the answers are reviewed.
        Assert.Equal("review", Replies.LastQuestionId(next));
        Assert.Contains(language == "zh" ? "6 mg/dL" : "6 mg/dL", next[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "肌酐286", "不对，刚才打反了，是268不是286，单位微摩尔每升", "3.03 mg/dL（268微摩尔/升）")]
    [InlineData("en", "creatinine 286", "no, 268 not 286, umol/L", "3.03 mg/dL (268 µmol/L)")]
    public async Task A_figure_corrected_at_its_read_back_as_x_not_y_is_read_as_x(string language, string answer, string reply, string understood)
    {
        await using var driver = await AtQuestionAsync("kidney.creatinine", language, AnswerBook.Eligible(language).With(("kidney", Yes(language))));
        await driver.SayAsync(answer);

        var next = await driver.SayAsync(reply);

        Assert.Equal("kidney.creatinine.confirm", Replies.LastQuestionId(next));
        Assert.Contains(understood, next[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_lists_the_decisive_answers_as_understood_and_a_change_comes_back_to_it()
    {
        await using var driver = await AtQuestionAsync("review");
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish.With(("review", "change my age")), await driver.SayAsync("back"), stopAt: "age");

        var changed = await driver.SayAsync("46");
        var outcome = await driver.SayAsync("yes");

        Assert.Equal("age", Replies.LastQuestionId(transcript.LastReplies));
        Assert.Equal("review", Replies.LastQuestionId(changed));
        var review = changed[^1].Text;
        Assert.StartsWith("Before I give you the result, please check what I understood:", review, StringComparison.Ordinal);
        Assert.Contains("• Age: 46 years old", review, StringComparison.Ordinal);
        Assert.Contains("• Time since diagnosis: 3 years", review, StringComparison.Ordinal);
        Assert.Contains("• Daily steroid dose: 10 mg/day prednisone-equivalent (prednisone)", review, StringComparison.Ordinal);
        Assert.Contains("• Organ or stem cell transplant: no", review, StringComparison.Ordinal);
        Assert.Contains("• Serum IgA: 210 mg/dL (2.1 g/L)", review, StringComparison.Ordinal);
        Assert.DoesNotContain("Agreed to continue", review, StringComparison.Ordinal);
        Assert.DoesNotContain("City", review, StringComparison.Ordinal);
        Assert.Equal("likely-eligible", (string?)Replies.Outcome(outcome)!["outcome"]);
    }

    [Fact]
    public async Task Change_my_age_at_the_review_asks_the_age_then_returns_to_the_review_not_through_the_questions()
    {
        await using var driver = await AtQuestionAsync("review");

        var age = await driver.SayAsync("change my age");
        var review = await driver.SayAsync("46");

        Assert.Equal("age", Replies.LastQuestionId(age));
        Assert.Equal("review", Replies.LastQuestionId(review));
        Assert.Contains("Age: 46 years old", review[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Age", "46", "Age: 46 years old")]
    [InlineData("zh", "年龄", "46岁", "年龄：46岁")]
    public async Task No_to_the_review_asks_which_answer_to_change(string language, string label, string answer, string changed)
    {
        await using var driver = await AtQuestionAsync("review", language);

        var which = await driver.SayAsync(No(language));
        var asked = await driver.SayAsync(label);
        var review = await driver.SayAsync(answer);

        Assert.Equal("review.change", Replies.LastQuestionId(which));
        Assert.Contains(label, which[^1].SuggestedActions.Actions.Select(action => action.Title));
        Assert.Equal("age", Replies.LastQuestionId(asked));
        Assert.Equal("review", Replies.LastQuestionId(review));
        Assert.Contains(changed, review[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_after_an_early_fail_lists_what_decides_it()
    {
        await using var driver = await AtQuestionAsync("transplant");

        var review = await driver.SayAsync("Yes");

        Assert.Equal("review", Replies.LastQuestionId(review));
        Assert.Contains("• Organ or stem cell transplant: yes", review[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Age:", review[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tentative_reading_is_confirmed_even_when_it_excludes_no_one()
    {
        await using var driver = ChatDriver.Create(configure: services => services.AddSingleton<AnswerReader>(provider => new HedgeReader(provider.GetRequiredService<TrialSetup>().Definition)));
        await AtQuestionAsync("age", driver: driver);

        var confirm = await driver.SayAsync("45 I think");
        var next = await driver.SayAsync("yes");

        Assert.Equal("age.confirm", Replies.LastQuestionId(confirm));
        Assert.Equal("So you are 45 years old — is that right?", confirm[^1].Text);
        Assert.Equal("diagnosis", Replies.LastQuestionId(next));
    }

    [Theory]
    [InlineData("en", "diagnosis", "yes and no", "I read both a yes and a no in that.")]
    [InlineData("en", "steroid-stable.confirm", "purple", "Please say yes if I understood you right")]
    [InlineData("en", "review", "purple", "Please say yes if all of this is right")]
    public async Task A_reask_says_what_was_wrong_with_the_answer_not_only_that_no_yes_or_no_was_caught(string language, string questionId, string answer, string explanation)
    {
        await using var driver = await AtQuestionAsync(questionId, language, AnswerBook.Eligible(language).With(("steroid-stable", "10 days"), ("review", "back")));

        var reask = await driver.SayAsync(answer);

        Assert.Equal(questionId, Replies.LastQuestionId(reask));
        Assert.StartsWith(explanation, reask[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "steroid-dose", "prednisone", "I understood prednisone, but not the amount — how many mg a day?")]
    [InlineData("en", "steroid-dose", "prednisone 2 tablets", "I understood prednisone, but not the amount — how many mg a day?")]
    [InlineData("zh", "steroid-dose", "泼尼松", "我理解是泼尼松，但没有看出剂量——每天多少毫克？")]
    [InlineData("en", "steroid-duration", "3", "I understood 3, but not whether that is days, weeks, months or years.")]
    [InlineData("en", "iga", "2.1", "I understood 2.1, but not its unit: is it g/L or mg/dL?")]
    public async Task A_reask_after_a_partial_reading_says_what_was_understood_and_what_is_missing(string language, string questionId, string answer, string explanation)
    {
        await using var driver = await AtQuestionAsync(questionId, language);

        var reask = await driver.SayAsync(answer);

        Assert.Equal(questionId, Replies.LastQuestionId(reask));
        Assert.StartsWith(explanation, reask[0].Text, StringComparison.Ordinal);
    }

    /// <summary>A reader that takes an answer containing "I think" as a tentative reading, as the recognizers do with hedges.</summary>
    private sealed class HedgeReader(TrialDefinition definition) : AnswerReader(definition)
    {
        public override Recognition<Answer> Read(AnswerKind kind, string text, CultureInfo culture, ScreeningAnswers answers, DateOnly today, string? questionId = null)
        {
            var reading = base.Read(kind, text.Replace("I think", string.Empty, StringComparison.Ordinal), culture, answers, today, questionId);
            return text.Contains("I think", StringComparison.Ordinal) ? reading.AsTentative() : reading;
        }
    }
}
