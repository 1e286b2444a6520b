using TrialBot.Screening.Answers;
using TrialBot.Screening.Answers.Storage;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>A lab value said as a bound ("IgA &lt;5 mg/dL" from a slip) or a range (70-80 µmol/L, 80多) decides only when all
/// it allows lies on one side of the limit.</summary>
public class LabBoundTests
{
    [Theory]
    [InlineData(5, LabBound.Below, CriterionStatus.Fail)]
    [InlineData(10, LabBound.Below, CriterionStatus.Fail)]
    [InlineData(20, LabBound.Below, CriterionStatus.Unknown)]
    [InlineData(15, LabBound.Above, CriterionStatus.Pass)]
    [InlineData(5, LabBound.Above, CriterionStatus.Unknown)]
    public void Iga_said_as_a_bound_against_below_10(double mgPerDl, LabBound bound, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.Iga, new IgaAnswer(SerumIgA.FromMgPerDl(mgPerDl)) { Bound = bound });

        Assert.Equal(expected, StatusOf(answers, CriterionIds.E6));
    }

    [Fact]
    public void A_bound_is_stored_shown_and_read_back()
    {
        var answer = new IgaAnswer(SerumIgA.FromMgPerDl(5)) { Bound = LabBound.Below };
        var answers = People.Eligible().Set(QuestionIds.Iga, answer);

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;
        var shown = new AnswerDisplay(TrialFixture.Definition).Format(answer);

        Assert.Equal(answer, loaded.Get(QuestionIds.Iga));
        Assert.Equal("below 5 mg/dL (0.05 g/L)", shown.En);
        Assert.StartsWith("低于", shown.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80, 90, LabBound.Above, CriterionStatus.Pass)]
    [InlineData(100, 200, LabBound.Above, CriterionStatus.Pass)]
    [InlineData(200, 300, LabBound.Above, CriterionStatus.Unknown)]
    [InlineData(200, 221, LabBound.Exact, CriterionStatus.Pass)]
    [InlineData(221, 230, LabBound.Above, CriterionStatus.Fail)]
    [InlineData(221, 230, LabBound.Exact, CriterionStatus.Unknown)]
    [InlineData(300, 400, LabBound.Above, CriterionStatus.Fail)]
    public void Creatinine_said_as_a_range_against_above_221_micromoles(double from, double upTo, LabBound bound, CriterionStatus expected)
    {
        var answer = new CreatinineAnswer(SerumCreatinine.FromMicromolPerLitre(from)) { Bound = bound, UpTo = SerumCreatinine.FromMicromolPerLitre(upTo) };
        var answers = People.EligibleWithNephritis().Set(QuestionIds.KidneyCreatinine, answer);

        Assert.Equal(expected, StatusOf(answers, CriterionIds.E1));
    }

    [Theory]
    [InlineData(5, 6, CriterionStatus.Pass)]
    [InlineData(6, 7, CriterionStatus.Fail)]
    public void Protein_of_a_whole_number_of_grams_and_something_against_above_6(double grams, double upTo, CriterionStatus expected)
    {
        var answer = new ProteinuriaAnswer(Proteinuria.FromGramsPer24Hours(grams)) { Bound = LabBound.Above, UpTo = Proteinuria.FromGramsPer24Hours(upTo) };
        var answers = People.EligibleWithNephritis().Set(QuestionIds.KidneyProteinuria, answer);

        Assert.Equal(expected, StatusOf(answers, CriterionIds.E1));
    }

    [Fact]
    public void A_range_is_stored_shown_and_read_back()
    {
        var answer = new CreatinineAnswer(SerumCreatinine.FromMicromolPerLitre(80)) { Bound = LabBound.Above, UpTo = SerumCreatinine.FromMicromolPerLitre(90) };
        var answers = People.EligibleWithNephritis().Set(QuestionIds.KidneyCreatinine, answer);

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;
        var shown = new AnswerDisplay(TrialFixture.Definition).Format(answer);

        Assert.Equal(answer.UpTo!.Value.MgPerDl, ((CreatinineAnswer)loaded.Get(QuestionIds.KidneyCreatinine)!).UpTo!.Value.MgPerDl, 9);
        Assert.Contains("(80 µmol/L)", shown.En, StringComparison.Ordinal);
        Assert.Contains("(90 µmol/L)", shown.En, StringComparison.Ordinal);
        Assert.Contains("90微摩尔/升", shown.Zh, StringComparison.Ordinal);
    }
}
