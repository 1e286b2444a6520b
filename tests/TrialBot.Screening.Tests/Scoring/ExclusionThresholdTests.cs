using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

public class ExclusionThresholdTests
{
    [Theory]
    [InlineData(2.5, CriterionStatus.Pass)]
    [InlineData(2.51, CriterionStatus.Fail)]
    public void Creatinine_above_two_and_a_half_mg_per_dl_excludes(double mgPerDl, CriterionStatus expected)
    {
        var answers = People.EligibleWithNephritis().Set(QuestionIds.KidneyCreatinine, new CreatinineAnswer(SerumCreatinine.FromMgPerDl(mgPerDl)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.E1));
    }

    [Theory]
    [InlineData(221, CriterionStatus.Pass)]
    [InlineData(222, CriterionStatus.Fail)]
    public void Creatinine_above_221_micromol_per_litre_excludes(double micromolPerLitre, CriterionStatus expected)
    {
        var answers = People.EligibleWithNephritis()
            .Set(QuestionIds.KidneyCreatinine, new CreatinineAnswer(SerumCreatinine.FromMicromolPerLitre(micromolPerLitre)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.E1));
    }

    [Theory]
    [InlineData(6, CriterionStatus.Pass)]
    [InlineData(6.1, CriterionStatus.Fail)]
    public void Proteinuria_above_six_grams_excludes(double grams, CriterionStatus expected)
    {
        var answers = People.EligibleWithNephritis()
            .Set(QuestionIds.KidneyProteinuria, new ProteinuriaAnswer(Proteinuria.FromGramsPer24Hours(grams)));

        Assert.Equal(expected, StatusOf(answers, CriterionIds.E1));
    }

    [Fact]
    public void Hemodialysis_excludes()
    {
        var result = Score(People.EligibleWithNephritis().Set(QuestionIds.KidneyDialysis, new YesNoAnswer(true))).Criterion(CriterionIds.E1);

        Assert.Equal(CriterionStatus.Fail, result.Status);
        Assert.Contains("hemodialysis", result.Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Kidney_values_do_not_count_when_lupus_does_not_affect_the_kidneys()
    {
        var answers = People.EligibleWithNephritis()
            .Set(QuestionIds.KidneyProteinuria, new ProteinuriaAnswer(Proteinuria.FromGramsPer24Hours(9)))
            .Set(QuestionIds.Kidney, new YesNoAnswer(false));

        Assert.Equal(CriterionStatus.Pass, StatusOf(answers, CriterionIds.E1));
    }

    [Theory]
    [InlineData(true, CriterionStatus.Fail)]
    [InlineData(false, CriterionStatus.Pass)]
    public void High_dose_prednisone_in_the_last_eight_weeks_excludes(bool tookHighDose, CriterionStatus expected)
    {
        var result = Score(People.Eligible().Set(QuestionIds.HighDoseSteroids, new YesNoAnswer(tookHighDose))).Criterion(CriterionIds.E1);

        Assert.Equal(expected, result.Status);
        if (tookHighDose)
        {
            Assert.Contains("100 mg of prednisone a day or more", result.Reason.En, StringComparison.Ordinal);
            Assert.Contains("14 days", result.Reason.En, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(10, CriterionStatus.Pass)]
    [InlineData(9.9, CriterionStatus.Fail)]
    public void Ig_a_below_ten_mg_per_dl_excludes(double mgPerDl, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Iga, new IgaAnswer(SerumIgA.FromMgPerDl(mgPerDl))), CriterionIds.E6));
    }

    [Fact]
    public void Ig_a_deficiency_named_instead_of_a_value_excludes()
    {
        Assert.Equal(CriterionStatus.Fail, StatusOf(People.Eligible().Set(QuestionIds.Iga, new LabConditionAnswer(AnswerKind.Iga)), CriterionIds.E6));
    }

    [Theory]
    [InlineData(0.1, CriterionStatus.Pass)]
    [InlineData(0.09, CriterionStatus.Fail)]
    public void Ig_a_below_point_one_gram_per_litre_excludes(double gramsPerLitre, CriterionStatus expected)
    {
        Assert.Equal(expected, StatusOf(People.Eligible().Set(QuestionIds.Iga, new IgaAnswer(SerumIgA.FromGramsPerLitre(gramsPerLitre))), CriterionIds.E6));
    }

    [Theory]
    [InlineData(QuestionIds.LupusCrisis, CriterionIds.E2)]
    [InlineData(QuestionIds.Cns, CriterionIds.E3)]
    [InlineData(QuestionIds.OtherAutoimmune, CriterionIds.E4)]
    [InlineData(QuestionIds.Transplant, CriterionIds.E5)]
    public void A_yes_to_an_exclusion_question_excludes(string questionId, string criterionId)
    {
        Assert.Equal(CriterionStatus.Fail, StatusOf(People.Eligible().Set(questionId, new YesNoAnswer(true)), criterionId));
        Assert.Equal(CriterionStatus.Pass, StatusOf(People.Eligible(), criterionId));
    }
}
