using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>
/// The second trial, NCT06038474, scored from its file alone: the same vocabulary as the first trial, other limits and
/// other combinations (no upper age; a glucocorticoid and two other immunosuppressants tried; a chronic illness left to
/// the investigator).
/// </summary>
public class SecondTrialRuleTests
{
    private static readonly TrialDefinition Trial = RepositoryTrials.Get("NCT06038474");
    private static readonly ScreeningScorer Scorer = new(Trial);

    private static ScreeningAnswers Eligible() => ScreeningAnswers.Empty
        .Set("age", new AgeAnswer(52))
        .Set("diagnosis", new YesNoAnswer(true))
        .Set("pregnant", new YesNoAnswer(false))
        .Set("disease-active", new YesNoAnswer(true))
        .Set("treatment", Medicines("prednisone", "mycophenolate-mofetil", "azathioprine"))
        .Set("antibodies", new YesNoAnswer(true))
        .Set("nephritis", new YesNoAnswer(false))
        .Set("neuro", new YesNoAnswer(false))
        .Set("chronic-illness", new YesNoAnswer(false));

    private static MedicinesAnswer Medicines(params string[] ids) => MedicinesAnswer.Of(ids.Select(id => Trial.Medicines.Find(id)!));

    private static CriterionResult Criterion(ScreeningResult result, string id) => result.Criteria.Single(criterion => criterion.CriterionId == id);

    [Fact]
    public void The_eligible_answers_are_likely_eligible_with_every_criterion_passing()
    {
        var result = Scorer.Score(Eligible());

        Assert.Equal(ScreeningOutcome.LikelyEligible, result.Outcome);
        Assert.All(result.Criteria, criterion => Assert.Equal(CriterionStatus.Pass, criterion.Status));
    }

    [Theory]
    [InlineData(17, CriterionStatus.Fail)]
    [InlineData(18, CriterionStatus.Pass)]
    [InlineData(70, CriterionStatus.Pass)]
    [InlineData(91, CriterionStatus.Pass)]
    public void Adults_have_no_upper_age_and_no_birthday_follow_up(double age, CriterionStatus expected)
    {
        var result = Scorer.Score(Eligible().Set("age", new AgeAnswer(age)));

        Assert.Equal(expected, Criterion(result, "I1").Status);
        Assert.Null(Trial.AgeAtSigning);
    }

    [Theory]
    [InlineData(new[] { "prednisone", "mycophenolate-mofetil" }, "too-few-immunosuppressants")]
    [InlineData(new[] { "mycophenolate-mofetil", "azathioprine", "methotrexate" }, "no-glucocorticoid")]
    [InlineData(new[] { "prednisone", "hydroxychloroquine", "methotrexate" }, "too-few-immunosuppressants")]
    public void A_glucocorticoid_and_two_other_immunosuppressants_are_needed(string[] medicines, string reasonKey)
    {
        var result = Scorer.Score(Eligible().Set("treatment", Medicines(medicines)));

        Assert.Equal(ScreeningOutcome.LikelyIneligible, result.Outcome);
        Assert.Equal(CriterionStatus.Fail, Criterion(result, "I3").Status);
        Assert.Contains(Trial.Criterion("I3").Reason(reasonKey).En, Criterion(result, "I3").Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Medicines_tried_before_count_as_well_as_those_taken_now()
    {
        var treatment = MedicinesAnswer.Of(
        [
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid, MedicineStatus.Stopped),
            new MedicineTaken("azathioprine", MedicineClass.Immunosuppressant, MedicineStatus.Stopped),
            new MedicineTaken("methotrexate", MedicineClass.Immunosuppressant),
        ]);

        Assert.Equal(CriterionStatus.Pass, Criterion(Scorer.Score(Eligible().Set("treatment", treatment)), "I3").Status);
    }

    [Fact]
    public void A_medicine_only_planned_does_not_count()
    {
        var treatment = MedicinesAnswer.Of(
        [
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid),
            new MedicineTaken("azathioprine", MedicineClass.Immunosuppressant),
            new MedicineTaken("belimumab", MedicineClass.Immunosuppressant, MedicineStatus.Planned),
        ]);

        Assert.Equal(CriterionStatus.Fail, Criterion(Scorer.Score(Eligible().Set("treatment", treatment)), "I3").Status);
    }

    [Fact]
    public void Only_the_class_named_cannot_be_counted_and_stays_open()
    {
        var treatment = MedicinesAnswer.Of(
        [
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid),
            new MedicineTaken(MedicineClassIds.Immunosuppressant, MedicineClass.Immunosuppressant),
        ]);

        var result = Scorer.Score(Eligible().Set("treatment", treatment));

        Assert.Equal(CriterionStatus.Unknown, Criterion(result, "I3").Status);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
    }

    [Fact]
    public void A_chronic_illness_not_well_managed_is_left_to_the_investigator_never_a_fail()
    {
        var result = Scorer.Score(Eligible().Set("chronic-illness", new YesNoAnswer(true)));

        Assert.Equal(CriterionStatus.Unknown, Criterion(result, "E2").Status);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.False(Scorer.HasDefiniteFail(Eligible().Set("chronic-illness", new YesNoAnswer(true))));
    }

    [Theory]
    [InlineData("pregnant", true, "E3")]
    [InlineData("nephritis", true, "E1")]
    [InlineData("neuro", true, "E1")]
    [InlineData("diagnosis", false, "I2")]
    [InlineData("antibodies", false, "I4")]
    public void A_yes_no_exclusion_or_inclusion_fails(string questionId, bool answer, string criterionId)
    {
        var answers = Eligible().Set(questionId, new YesNoAnswer(answer));

        Assert.Equal([criterionId], Scorer.FailingCriteria(answers));
    }

    [Fact]
    public void The_trial_is_in_english_only_with_one_site_and_no_consent_question()
    {
        Assert.False(Trial.HasChinese);
        Assert.Equal(Trial.Title.En, Trial.Title.Zh);
        Assert.Single(Trial.Sites);
        Assert.Null(Trial.ConsentQuestionId);
    }
}
