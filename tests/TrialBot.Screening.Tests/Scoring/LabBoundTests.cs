using TrialBot.Screening.Answers;
using TrialBot.Screening.Answers.Storage;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>A lab value said as a bound ("IgA &lt;5 mg/dL" from a slip) decides only when all beyond it lies on one side of the limit.</summary>
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
}
