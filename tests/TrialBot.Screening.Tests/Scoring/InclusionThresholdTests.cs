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
    public void AgeIsEighteenToSeventyInclusiveInCompletedYears(double years, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Age, new AgeAnswer(years)), CriterionIds.I2));
    }

    [Theory]
    [InlineData(5, CriterionStatus.Fail)]
    [InlineData(6, CriterionStatus.Pass)]
    public void HistoryIsAtLeastSixMonths(double months, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.DiagnosisDuration, new ElapsedAnswer(Duration.FromMonths(months)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Fact]
    public void HistoryCountedInDaysFromADateIsComparedToSixAverageMonths()
    {
        var sixMonthsLess = new ElapsedAnswer(Duration.Between(new DateOnly(2025, 5, 20), new DateOnly(2025, 11, 18)));
        var sixMonths = new ElapsedAnswer(Duration.Between(new DateOnly(2025, 5, 1), new DateOnly(2025, 11, 1)));

        Assert.Equal(CriterionStatus.Fail, StatusOf(People.Eligible().Set(QuestionIds.DiagnosisDuration, sixMonthsLess), CriterionIds.I4));
        Assert.Equal(CriterionStatus.Pass, StatusOf(People.Eligible().Set(QuestionIds.DiagnosisDuration, sixMonths), CriterionIds.I4));
    }

    [Fact]
    public void DiseaseNoLongerActiveFails()
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
    public void PrednisoneWithoutAnImmunosuppressantIsSevenAndAHalfToThirty(double mgPerDay, CriterionStatus expected)
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
    public void WithAnImmunosuppressantThereIsNoMinimumButStillAMaximum(double mgPerDay, CriterionStatus expected)
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("prednisone", "mycophenolate-mofetil"))
            .Set(QuestionIds.SteroidDose, People.Dose("prednisone", mgPerDay));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(7.4, CriterionStatus.Unknown)]
    [InlineData(7.5, CriterionStatus.Pass)]
    public void WhetherHydroxychloroquineLiftsTheMinimumIsLeftToTheStudyTeam(double mgPerDay, CriterionStatus expected)
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
    public void BelowTheMinimumWithNeitherAnImmunosuppressantNorAnAntimalarialFails()
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
    public void OtherCorticosteroidsAreConvertedToPrednisone(double methylprednisoloneMg, CriterionStatus expected)
    {
        var answers = People.Eligible()
            .WithTreatment(People.Medicines("methylprednisolone"))
            .Set(QuestionIds.SteroidDose, People.Dose("methylprednisolone", methylprednisoloneMg));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(7, CriterionStatus.Fail)]
    [InlineData(8, CriterionStatus.Pass)]
    public void SteroidsTakenForAtLeastEightWeeks(double weeks, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidDuration, new ElapsedAnswer(Duration.FromWeeks(weeks)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(13, CriterionStatus.Fail)]
    [InlineData(14, CriterionStatus.Fail)]
    [InlineData(15, CriterionStatus.Pass)]
    public void DoseStableForMoreThanTwoWeeks(double days, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromDays(days)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Fact]
    public void ExactlyTwoWeeksIsNotMoreThanTwoWeeks()
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromWeeks(2)));

        var result = Score(answers).Criterion(CriterionIds.I4);

        Assert.Equal(CriterionStatus.Fail, result.Status);
        Assert.Contains("more than 2 weeks", result.Reason.En, StringComparison.Ordinal);
        Assert.Contains("超过2周", result.Reason.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutACorticosteroidTheSteroidRequirementsDoNotApply()
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
    public void WithoutAnyStandardRegimenMedicineI4Fails(params string[] medicineIds)
    {
        var result = Score(People.Eligible().WithTreatment(People.Medicines(medicineIds))).Criterion(CriterionIds.I4);

        Assert.Equal(CriterionStatus.Fail, result.Status);
        Assert.Contains("standard lupus treatment", result.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ibuprofen")]
    [InlineData("tacrolimus")]
    [InlineData("hydroxychloroquine")]
    public void AnyStandardClassAloneIsAStandardRegimen(string medicineId)
    {
        Assert.Equal(CriterionStatus.Pass, StatusOf(People.Eligible().WithTreatment(People.Medicines(medicineId)), CriterionIds.I4));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(17.9)]
    [InlineData(70)]
    [InlineData(70.5)]
    public void AnAgeWithinABirthdayOfTheLimitsIsLeftForTheStudyTeamWithTheAge(double years)
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
    public void ARememberedSledaiOfEightOrMorePassesAndALowerOneIsLeftForScreening(double score, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Sledai, new NumberAnswer(score)), CriterionIds.I6));
    }

    [Fact]
    public void ALowRememberedSledaiNeitherExcludesNorPassesItGoesToTheStudyTeamWithTheScoreInTheReason()
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
    public void TheClinicalPartOfTheSledaiIsAlwaysConfirmedAtScreeningAndExplained()
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
    public void AntibodiesMustHaveBeenPositive(bool positive, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Antibodies, new YesNoAnswer(positive)), CriterionIds.I5));
    }
}
