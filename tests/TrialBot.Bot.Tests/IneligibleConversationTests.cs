using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class IneligibleConversationTests
{
    /// <summary>Each kind of fail, in English and Chinese: the answers that differ from an eligible person's, and the criterion that fails.</summary>
    public static TheoryData<string, string, (string QuestionId, string Answer)[]> Fails => new()
    {
        { "en", "I2", [("age", "16")] },
        { "zh", "I2", [("age", "16岁")] },
        { "en", "I2", [("age", "I'm 71")] },
        { "zh", "I2", [("age", "七十一岁")] },
        { "en", "I4", [("diagnosis-duration", "5 months")] },
        { "en", "I4", [("diagnosis-duration", "I was diagnosed in July 2026")] },
        { "zh", "I4", [("diagnosis-duration", "2026年7月确诊的")] },
        { "zh", "I4", [("diagnosis-duration", "5个月")] },
        { "en", "I4", [("disease-active", "no")] },
        { "zh", "I4", [("disease-active", "不是")] },
        { "en", "E5", [("transplant", "yes")] },
        { "zh", "E5", [("transplant", "有")] },
        { "en", "E2", [("lupus-crisis", "yes")] },
        { "zh", "E2", [("lupus-crisis", "有过")] },
        { "en", "E3", [("cns", "yes")] },
        { "zh", "E3", [("cns", "是")] },
        { "en", "E4", [("other-autoimmune", "yes")] },
        { "zh", "E4", [("other-autoimmune", "有")] },
        { "en", "I4", [("treatment", "none")] },
        { "zh", "I4", [("treatment", "没有")] },
        { "en", "I4", [("steroid-dose", "prednisone 35 mg a day")] },
        { "zh", "I4", [("steroid-dose", "每天35毫克泼尼松")] },
        { "en", "I4", [("treatment", "prednisone and ibuprofen"), ("steroid-dose", "5 mg a day")] },
        { "zh", "I4", [("treatment", "泼尼松和布洛芬"), ("steroid-dose", "每天5毫克")] },
        { "en", "I4", [("steroid-duration", "6 weeks")] },
        { "zh", "I4", [("steroid-duration", "6周")] },
        { "en", "I4", [("steroid-stable", "10 days")] },
        { "zh", "I4", [("steroid-stable", "10天")] },
        { "en", "E1", [("high-dose-steroids", "yes")] },
        { "zh", "E1", [("high-dose-steroids", "是")] },
        { "en", "E1", [("kidney", "yes"), ("kidney.dialysis", "yes")] },
        { "zh", "E1", [("kidney", "是"), ("kidney.dialysis", "是")] },
        { "en", "E1", [("kidney", "yes"), ("kidney.creatinine", "creatinine 240 µmol/L")] },
        { "zh", "E1", [("kidney", "是"), ("kidney.creatinine", "肌酐240微摩尔/升")] },
        { "en", "E1", [("kidney", "yes"), ("kidney.proteinuria", "7 g/24h")] },
        { "zh", "E1", [("kidney", "是"), ("kidney.proteinuria", "7克/24小时")] },
        { "en", "E6", [("iga", "IgA 0.05 g/L")] },
        { "zh", "E6", [("iga", "0.05克/升")] },
        { "en", "I5", [("antibodies", "no")] },
        { "zh", "I5", [("antibodies", "没有")] },
    };

    [Theory]
    [MemberData(nameof(Fails))]
    public async Task Each_kind_of_fail_ends_likely_ineligible_naming_the_failed_criterion(string language, string criterionId, (string QuestionId, string Answer)[] answers)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(answers));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("likely-ineligible", (string?)outcome["outcome"]);
        Assert.Equal("fail", Replies.Status(outcome, criterionId));
        Assert.Equal(answers[^1].QuestionId, transcript.ScreeningQuestionsAsked[^1]);
        Assert.Equal("review", transcript.QuestionsAsked[^1]);
        var plainChoice = answers[^1].Answer is "yes" or "no" or "是" or "否";
        Assert.Equal(!plainChoice, transcript.QuestionsAsked.Contains(answers[^1].QuestionId + ".confirm"));
        Assert.Equal(12, outcome["criteria"]!.Count());
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, outcome["site"]!.Type);
        Assert.Contains(language == "zh" ? "原因：" : "Why:", transcript.LastReplies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "prednisone and mycophenolate mofetil", "5 mg a day")]
    [InlineData("zh", "泼尼松和吗替麦考酚酯", "每天5毫克")]
    public async Task A_low_steroid_dose_passes_together_with_an_immunosuppressant(string language, string treatment, string dose)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("treatment", treatment), ("steroid-dose", dose)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        Assert.Equal("pass", Replies.Status(outcome, "I4"));
    }

    [Theory]
    [InlineData("en", "Medrol and Plaquenil", "Medrol 8 mg a day")]
    [InlineData("en", "Medrol and Plaquenil", "8 mg a day")]
    [InlineData("zh", "甲泼尼龙和羟氯喹", "甲泼尼龙每天8毫克")]
    [InlineData("zh", "甲泼尼龙和羟氯喹", "每天两片4毫克的")]
    public async Task Methylprednisolone_named_or_taken_from_the_treatment_answer_is_converted_to_its_prednisone_equivalent(string language, string treatment, string dose)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("treatment", treatment), ("steroid-dose", dose)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("likely-eligible", (string?)outcome["outcome"]);
        var regimen = (string)((Newtonsoft.Json.Linq.JArray)outcome["criteria"]!).Single(criterion => (string?)criterion["id"] == "I4")["answer"]!;
        Assert.Contains(language == "zh" ? "相当于泼尼松每天10毫克" : "10 mg/day prednisone-equivalent", regimen, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "since January 2025")]
    [InlineData("zh", "2025年1月")]
    public async Task A_diagnosis_date_is_measured_against_the_persons_today(string language, string diagnosed)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("diagnosis-duration", diagnosed)));

        Assert.Equal("likely-eligible", (string?)Replies.Outcome(transcript.LastReplies)!["outcome"]);
    }

    [Theory]
    [InlineData("en", "I don't know")]
    [InlineData("zh", "不知道")]
    public async Task Not_knowing_the_steroid_dose_needs_review(string language, string dontKnow)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("steroid-dose", dontKnow)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("needs-review", (string?)outcome["outcome"]);
        Assert.Equal("unknown", Replies.Status(outcome, "I4"));
        Assert.Contains(language == "zh" ? "尚不清楚的条件：" : "Not known yet:", transcript.LastReplies[0].Text, StringComparison.Ordinal);
        Assert.Equal(DialogIdsForTests.Referral, Replies.LastQuestionId(transcript.LastReplies));
    }

    [Theory]
    [InlineData("en", "no", "If you change your mind")]
    [InlineData("zh", "不同意", "如果您改变主意")]
    public async Task Refusing_consent_ends_declined_without_a_site(string language, string answer, string expected)
    {
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language).With(("consent", answer)));

        var outcome = Replies.Outcome(transcript.LastReplies)!;
        Assert.Equal("declined", (string?)outcome["outcome"]);
        Assert.Equal("fail", Replies.Status(outcome, "I1"));
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, outcome["site"]!.Type);
        Assert.Equal(answer == "no" ? ["consent", "review"] : ["consent", "consent.confirm", "review"], transcript.QuestionsAsked);
        Assert.Contains(expected, transcript.LastReplies[^1].Text, StringComparison.Ordinal);
    }
}
