using System.Text.RegularExpressions;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

public partial class OutcomeTests
{
    private static readonly ScreeningScorer Scorer = new(TrialFixture.Definition);

    [Fact]
    public void An_eligible_person_is_likely_eligible_and_the_team_still_confirms()
    {
        var result = Score(People.Eligible());

        Assert.Equal(ScreeningOutcome.LikelyEligible, result.Outcome);
        Assert.Equal("likely-eligible", result.OutcomeId);
        Assert.All(result.Criteria, criterion => Assert.Equal("pass", criterion.StatusId));
        Assert.Contains(result.ToConfirm, item => item.En.Contains("1997 ACR", StringComparison.Ordinal));
        Assert.StartsWith("From your answers, you are likely eligible", result.Message.En, StringComparison.Ordinal);
        Assert.Contains("可能符合", result.Message.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_lab_values_stay_likely_eligible_and_are_listed_for_screening()
    {
        var answers = People.EligibleWithNephritis()
            .Set(QuestionIds.Antibodies, new UnknownAnswer(AnswerKind.YesNo))
            .Set(QuestionIds.Sledai, new UnknownAnswer(AnswerKind.Number))
            .Set(QuestionIds.Iga, new UnknownAnswer(AnswerKind.Iga))
            .Set(QuestionIds.KidneyProteinuria, new UnknownAnswer(AnswerKind.Proteinuria))
            .Set(QuestionIds.KidneyCreatinine, new UnknownAnswer(AnswerKind.Creatinine));

        var result = Score(answers);

        Assert.Equal(ScreeningOutcome.LikelyEligible, result.Outcome);
        Assert.Equal(CriterionStatus.Unknown, result.Criterion(CriterionIds.I6).Status);
        var toConfirm = string.Join(" | ", result.ToConfirm.Select(item => item.En));
        Assert.Contains("SELENA-SLEDAI", toConfirm, StringComparison.Ordinal);
        Assert.Contains("anti-dsDNA", toConfirm, StringComparison.Ordinal);
        Assert.Contains("IgA", toConfirm, StringComparison.Ordinal);
        Assert.Contains("urine protein", toConfirm, StringComparison.Ordinal);
        Assert.Contains("creatinine", toConfirm, StringComparison.Ordinal);
        Assert.Contains("ACR", toConfirm, StringComparison.Ordinal);
        Assert.Contains("SELENA-SLEDAI", result.Message.En, StringComparison.Ordinal);
        Assert.Contains("SELENA-SLEDAI疾病活动度评分", result.Message.Zh, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, Answer> Fails() => new()
    {
        { CriterionIds.I2, QuestionIds.Age, new AgeAnswer(75) },
        { CriterionIds.I3, QuestionIds.Diagnosis, new YesNoAnswer(false) },
        { CriterionIds.I4, QuestionIds.DiagnosisDuration, new ElapsedAnswer(Duration.FromMonths(3)) },
        { CriterionIds.I4, QuestionIds.SteroidDose, People.Dose("prednisone", 40) },
        { CriterionIds.I5, QuestionIds.Antibodies, new YesNoAnswer(false) },
        { CriterionIds.E1, QuestionIds.HighDoseSteroids, new YesNoAnswer(true) },
        { CriterionIds.E2, QuestionIds.LupusCrisis, new YesNoAnswer(true) },
        { CriterionIds.E3, QuestionIds.Cns, new YesNoAnswer(true) },
        { CriterionIds.E4, QuestionIds.OtherAutoimmune, new YesNoAnswer(true) },
        { CriterionIds.E5, QuestionIds.Transplant, new YesNoAnswer(true) },
        { CriterionIds.E6, QuestionIds.Iga, new IgaAnswer(SerumIgA.FromMgPerDl(5)) },
    };

    [Theory]
    [MemberData(nameof(Fails))]
    public void Any_fail_is_likely_ineligible_with_the_reason(string criterionId, string questionId, Answer answer)
    {
        var answers = People.Eligible().Set(questionId, answer);

        var result = Score(answers);

        Assert.Equal(ScreeningOutcome.LikelyIneligible, result.Outcome);
        Assert.Equal("likely-ineligible", result.OutcomeId);
        var failed = Assert.Single(result.Failed);
        Assert.Equal(criterionId, failed.CriterionId);
        Assert.Equal("fail", failed.StatusId);
        Assert.False(string.IsNullOrWhiteSpace(failed.Reason.En));
        Assert.False(string.IsNullOrWhiteSpace(failed.Reason.Zh));
        Assert.Empty(result.ToConfirm);
        Assert.True(Scorer.HasDefiniteFail(answers));
    }

    [Fact]
    public void A_fail_outweighs_something_unknown()
    {
        var answers = People.Eligible().Set(QuestionIds.Age, new UnknownAnswer(AnswerKind.Age)).Set(QuestionIds.Transplant, new YesNoAnswer(true));

        Assert.Equal(ScreeningOutcome.LikelyIneligible, Score(answers).Outcome);
    }

    [Theory]
    [InlineData(QuestionIds.Age, AnswerKind.Age)]
    [InlineData(QuestionIds.Diagnosis, AnswerKind.YesNo)]
    [InlineData(QuestionIds.DiagnosisDuration, AnswerKind.ElapsedTime)]
    [InlineData(QuestionIds.DiseaseActive, AnswerKind.YesNo)]
    [InlineData(QuestionIds.Treatment, AnswerKind.Medicines)]
    [InlineData(QuestionIds.SteroidDose, AnswerKind.Dose)]
    [InlineData(QuestionIds.SteroidDuration, AnswerKind.ElapsedTime)]
    [InlineData(QuestionIds.SteroidStable, AnswerKind.ElapsedTime)]
    [InlineData(QuestionIds.Transplant, AnswerKind.YesNo)]
    [InlineData(QuestionIds.LupusCrisis, AnswerKind.YesNo)]
    [InlineData(QuestionIds.Cns, AnswerKind.YesNo)]
    [InlineData(QuestionIds.OtherAutoimmune, AnswerKind.YesNo)]
    [InlineData(QuestionIds.HighDoseSteroids, AnswerKind.YesNo)]
    public void Not_knowing_what_a_person_can_normally_tell_needs_review(string questionId, AnswerKind kind)
    {
        var result = Score(People.Eligible().Set(questionId, new UnknownAnswer(kind)));

        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.Equal("needs-review", result.OutcomeId);
        Assert.Contains(result.Criteria, criterion => criterion.NeedsReview && criterion.UnknownQuestionIds.Contains(questionId));
    }

    [Fact]
    public void Not_knowing_about_dialysis_needs_review()
    {
        var result = Score(People.EligibleWithNephritis().Set(QuestionIds.KidneyDialysis, new UnknownAnswer(AnswerKind.YesNo)));

        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
    }

    [Fact]
    public void An_unanswered_question_is_unknown()
    {
        var result = Score(People.Eligible().Clear(QuestionIds.Cns));

        Assert.Equal(CriterionStatus.Unknown, result.Criterion(CriterionIds.E3).Status);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.Contains("not answered", result.Criterion(CriterionIds.E3).Answer.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusing_consent_is_declined()
    {
        var answers = ScreeningAnswers.Empty.Set(QuestionIds.Consent, new YesNoAnswer(false));

        var result = Score(answers);

        Assert.Equal(ScreeningOutcome.Declined, result.Outcome);
        Assert.Equal("declined", result.OutcomeId);
        Assert.Equal(CriterionStatus.Fail, result.Criterion(CriterionIds.I1).Status);
        Assert.Empty(result.ToConfirm);
        Assert.True(Scorer.HasDefiniteFail(answers));
    }

    [Fact]
    public void Declined_wins_over_other_fails()
    {
        var answers = People.Eligible().Set(QuestionIds.Age, new AgeAnswer(80)).Set(QuestionIds.Consent, new YesNoAnswer(false));

        Assert.Equal(ScreeningOutcome.Declined, Score(answers).Outcome);
    }

    [Fact]
    public void A_contested_conversion_that_decides_needs_review()
    {
        // 9 mg deflazacort is 7.5 mg prednisone at the stored ratio: right at the minimum, so the contested ratio decides.
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("deflazacort", "hydroxychloroquine"))
            .Set(QuestionIds.SteroidDose, People.Dose("deflazacort", 9));

        var result = Score(answers);

        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.Equal(CriterionStatus.Unknown, result.Criterion(CriterionIds.I4).Status);
        Assert.True(result.Criterion(CriterionIds.I4).NeedsReview);
        Assert.Contains("uncertain", result.Criterion(CriterionIds.I4).Reason.En, StringComparison.Ordinal);
        Assert.Contains("conversion is uncertain", result.Criterion(CriterionIds.I4).Answer.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contested_conversion_that_does_not_decide_is_scored_normally()
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("deflazacort"))
            .Set(QuestionIds.SteroidDose, People.Dose("deflazacort", 18));

        Assert.Equal(ScreeningOutcome.LikelyEligible, Score(answers).Outcome);
    }

    [Fact]
    public void A_contested_conversion_does_not_matter_when_something_else_fails()
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("deflazacort"))
            .Set(QuestionIds.SteroidDose, People.Dose("deflazacort", 9))
            .Set(QuestionIds.Transplant, new YesNoAnswer(true));

        Assert.Equal(ScreeningOutcome.LikelyIneligible, Score(answers).Outcome);
    }

    [Fact]
    public void A_low_dose_with_unknown_medicines_is_unknown_not_failed()
    {
        var answers = People.Eligible()
            .WithTreatment(new UnknownAnswer(AnswerKind.Medicines))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", 5));

        var result = Score(answers).Criterion(CriterionIds.I4);

        Assert.Equal(CriterionStatus.Unknown, result.Status);
        Assert.True(result.NeedsReview);
    }

    [Fact]
    public void Criterion_answers_show_the_answers_they_rest_on()
    {
        var result = Score(People.Eligible());

        Assert.Equal("Age: 45 years old", result.Criterion(CriterionIds.I2).Answer.En);
        Assert.Equal("年龄：45岁", result.Criterion(CriterionIds.I2).Answer.Zh);
        var regimen = result.Criterion(CriterionIds.I4).Answer;
        Assert.Contains("Lupus medicines: prednisone, hydroxychloroquine", regimen.En, StringComparison.Ordinal);
        Assert.Contains("狼疮用药：泼尼松、羟氯喹", regimen.Zh, StringComparison.Ordinal);
        Assert.Contains("10 mg/day prednisone-equivalent (prednisone)", regimen.En, StringComparison.Ordinal);
        Assert.Contains("Lupus nephritis: no", result.Criterion(CriterionIds.E1).Answer.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemodialysis", result.Criterion(CriterionIds.E1).Answer.En, StringComparison.Ordinal);
    }

    [Fact]
    public void No_reason_or_message_keeps_a_placeholder()
    {
        var scenarios = new[]
        {
            People.Eligible(),
            People.EligibleWithNephritis().Set(QuestionIds.KidneyCreatinine, new CreatinineAnswer(SerumCreatinine.FromMgPerDl(4))),
            People.Eligible().Set(QuestionIds.SteroidDose, People.Dose("prednisone", 2)).Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromDays(3))),
            ScreeningAnswers.Empty,
        };

        foreach (var result in scenarios.Select(Score))
        {
            var texts = result.Criteria.SelectMany(criterion => new[] { criterion.Reason, criterion.Answer, criterion.Title }).Append(result.Message);
            Assert.All(texts, text => Assert.DoesNotMatch(Placeholder(), text.En + text.Zh));
        }
    }

    [GeneratedRegex(@"\{[A-Za-z0-9.\-]+\}")]
    private static partial Regex Placeholder();
}
