using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

public class InclusionThresholdTests
{
    [Theory]
    [InlineData(16, CriterionStatus.Fail)]
    [InlineData(16.9, CriterionStatus.Fail)]
    [InlineData(18, CriterionStatus.Pass)]
    [InlineData(69, CriterionStatus.Pass)]
    [InlineData(69.9, CriterionStatus.Pass)]
    [InlineData(71, CriterionStatus.Fail)]
    public void Age_is_eighteen_to_seventy_inclusive_in_completed_years(double years, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Age, new AgeAnswer(years)), CriterionIds.I2));
    }

    [Theory]
    [InlineData(5, CriterionStatus.Fail)]
    [InlineData(6, CriterionStatus.Pass)]
    public void History_is_at_least_six_months(double months, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.DiagnosisDuration, new ElapsedAnswer(Duration.FromMonths(months)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Fact]
    public void History_counted_in_days_from_a_date_is_compared_to_six_average_months()
    {
        var sixMonthsLess = new ElapsedAnswer(Duration.Between(new DateOnly(2025, 5, 20), new DateOnly(2025, 11, 18)));
        var sixMonths = new ElapsedAnswer(Duration.Between(new DateOnly(2025, 5, 1), new DateOnly(2025, 11, 1)));

        Assert.Equal(CriterionStatus.Fail, StatusOf(People.Eligible().Set(QuestionIds.DiagnosisDuration, sixMonthsLess), CriterionIds.I4));
        Assert.Equal(CriterionStatus.Pass, StatusOf(People.Eligible().Set(QuestionIds.DiagnosisDuration, sixMonths), CriterionIds.I4));
    }

    [Fact]
    public void Disease_no_longer_active_fails()
    {
        var result = Score(People.Eligible().Set(QuestionIds.DiseaseActive, new YesNoAnswer(false)));

        Assert.Equal(CriterionStatus.Fail, result.Criterion(CriterionIds.I4).Status);
        Assert.Contains("active", result.Criterion(CriterionIds.I4).Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7.4, CriterionStatus.Fail)]
    [InlineData(7.5, CriterionStatus.Pass)]
    [InlineData(30, CriterionStatus.Pass)]
    [InlineData(30.1, CriterionStatus.Fail)]
    public void Prednisone_without_an_immunosuppressant_is_seven_and_a_half_to_thirty(double mgPerDay, CriterionStatus expected)
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("prednisone"))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", mgPerDay));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(2.5, CriterionStatus.Pass)]
    [InlineData(7.4, CriterionStatus.Pass)]
    [InlineData(30, CriterionStatus.Pass)]
    [InlineData(30.1, CriterionStatus.Fail)]
    public void With_an_immunosuppressant_there_is_no_minimum_but_still_a_maximum(double mgPerDay, CriterionStatus expected)
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("prednisone", "mycophenolate-mofetil"))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", mgPerDay));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(7.4, CriterionStatus.Unknown)]
    [InlineData(7.5, CriterionStatus.Pass)]
    public void Whether_hydroxychloroquine_lifts_the_minimum_is_left_to_the_study_team(double mgPerDay, CriterionStatus expected)
    {
        // The minimum is waived "in combination with immunosuppressants"; the regimen sentence names "other
        // immunosuppressants or immunomodulators", and hydroxychloroquine is an antimalarial used as an immunomodulator.
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("prednisone", "hydroxychloroquine"))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", mgPerDay));

        var scored = Score(answers);
        var result = scored.Criterion(CriterionIds.I4);

        Assert.Equal(expected, result.Status);
        if (expected == CriterionStatus.Unknown)
        {
            Assert.True(result.NeedsReview);
            Assert.Equal(ScreeningOutcome.NeedsReview, scored.Outcome);
            Assert.Contains("the study team will confirm whether it counts", result.Reason.En, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Below_the_minimum_with_neither_an_immunosuppressant_nor_an_antimalarial_fails()
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("prednisone", "ibuprofen"))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", 5));

        Assert.Equal(CriterionStatus.Fail, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(6, CriterionStatus.Pass)]
    [InlineData(5.9, CriterionStatus.Fail)]
    [InlineData(24, CriterionStatus.Pass)]
    [InlineData(24.1, CriterionStatus.Fail)]
    public void Other_corticosteroids_are_converted_to_prednisone(double methylprednisoloneMg, CriterionStatus expected)
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("methylprednisolone"))
            .Set(QuestionIds.SteroidDose, People.Dose("methylprednisolone", methylprednisoloneMg));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(7, CriterionStatus.Fail)]
    [InlineData(8, CriterionStatus.Pass)]
    public void Steroids_taken_for_at_least_eight_weeks(double weeks, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidDuration, new ElapsedAnswer(Duration.FromWeeks(weeks)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(13, CriterionStatus.Fail)]
    [InlineData(14, CriterionStatus.Fail)]
    [InlineData(15, CriterionStatus.Pass)]
    public void Dose_stable_for_more_than_two_weeks(double days, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromDays(days)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Fact]
    public void Exactly_two_weeks_is_not_more_than_two_weeks()
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromWeeks(2)));

        var result = Score(answers).Criterion(CriterionIds.I4);

        Assert.Equal(CriterionStatus.Fail, result.Status);
        Assert.Contains("more than 2 weeks", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("超过2周", result.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_corticosteroid_the_steroid_requirements_do_not_apply()
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("hydroxychloroquine"))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", 50))
            .Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromDays(1)));

        Assert.Equal(CriterionStatus.Pass, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData("calcium")]
    [InlineData]
    public void Without_any_standard_regimen_medicine_i_4_fails(params string[] medicineIds)
    {
        var result = Score(People.Eligible().WithTreatment(People.Medicines(medicineIds))).Criterion(CriterionIds.I4);

        Assert.Equal(CriterionStatus.Fail, result.Status);
        Assert.Contains("standard lupus treatment", result.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ibuprofen")]
    [InlineData("tacrolimus")]
    [InlineData("hydroxychloroquine")]
    public void Any_standard_class_alone_is_a_standard_regimen(string medicineId)
    {
        Assert.Equal(CriterionStatus.Pass, StatusOf(People.Eligible().WithTreatment(People.Medicines(medicineId)), CriterionIds.I4));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(17.9)]
    [InlineData(70)]
    [InlineData(70.5)]
    public void An_age_within_a_birthday_of_the_limits_is_left_for_the_study_team_with_the_age(double years)
    {
        var result = Score(People.Eligible().Set(QuestionIds.Age, new AgeAnswer(years)));

        var age = result.Criterion(CriterionIds.I2);
        Assert.Equal(CriterionStatus.Unknown, age.Status);
        Assert.True(age.NeedsReview);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.Contains($"You are {Math.Floor(years)}.", age.Reason.En, StringComparison.Ordinal);
        Assert.Contains($"您今年{Math.Floor(years)}周岁", age.Reason.Zh, StringComparison.Ordinal);
        Assert.Contains("consent form", age.Reason.En, StringComparison.Ordinal);
        Assert.Contains(result.ToConfirm, item => item.En.Contains("date of birth", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(8, CriterionStatus.Pass)]
    [InlineData(12, CriterionStatus.Pass)]
    [InlineData(7, CriterionStatus.Unknown)]
    [InlineData(0, CriterionStatus.Unknown)]
    public void A_remembered_sledai_of_eight_or_more_passes_and_a_lower_one_is_left_for_screening(double score, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Sledai, new NumberAnswer(score)), CriterionIds.I6));
    }

    [Fact]
    public void A_low_remembered_sledai_neither_excludes_nor_passes_it_goes_to_the_study_team_with_the_score_in_the_reason()
    {
        var result = Score(People.Eligible().Set(QuestionIds.Sledai, new NumberAnswer(6)));

        var sledai = result.Criterion(CriterionIds.I6);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.True(sledai.NeedsReview);
        Assert.Contains("score was 6.", sledai.Reason.En, StringComparison.Ordinal);
        Assert.Contains("评分为6分", sledai.Reason.Zh, StringComparison.Ordinal);
        Assert.Contains("during screening", sledai.Reason.En, StringComparison.Ordinal);
        Assert.Contains(result.ToConfirm, item => item.En.Contains("SELENA-SLEDAI", StringComparison.Ordinal));
    }

    [Fact]
    public void The_clinical_part_of_the_sledai_is_always_confirmed_at_screening_and_explained()
    {
        var result = Score(People.Eligible());

        Assert.Contains(result.ToConfirm, item => item.En.Contains("symptoms alone (at least 6 when low complement or anti-dsDNA", StringComparison.Ordinal)
            && item.Zh.Contains("至少6分", StringComparison.Ordinal));
        Assert.Contains("at least 6", TrialFixture.Definition.Question(QuestionIds.Sledai).Help.En, StringComparison.Ordinal);
        Assert.Contains("至少6分", TrialFixture.Definition.Question(QuestionIds.Sledai).Help.Zh, StringComparison.Ordinal);
        Assert.Contains("at least 6", TrialFixture.Definition.Criterion(CriterionIds.I6).Reason("unknown").En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, CriterionStatus.Pass)]
    [InlineData(false, CriterionStatus.Fail)]
    public void Antibodies_must_have_been_positive(bool positive, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Antibodies, new YesNoAnswer(positive)), CriterionIds.I5));
    }
}
