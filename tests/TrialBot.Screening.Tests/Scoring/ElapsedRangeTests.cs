using TrialBot.Screening.Answers;
using TrialBot.Screening.Answers.Storage;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>A length of time given as a range ("7-8 weeks"): both ends are weighed against the limit.</summary>
public class ElapsedRangeTests
{
    [Theory]
    [InlineData(7, 8, CriterionStatus.Unknown)]
    [InlineData(8, 9, CriterionStatus.Pass)]
    [InlineData(5, 6, CriterionStatus.Fail)]
    public void Steroids_for_a_range_of_weeks_is_known_only_when_both_ends_agree(double fromWeeks, double toWeeks, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidDuration, new ElapsedAnswer(Duration.FromWeeks(fromWeeks)) { UpTo = Duration.FromWeeks(toWeeks) });

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Fact]
    public void A_range_is_stored_and_read_back()
    {
        var answer = new ElapsedAnswer(Duration.FromWeeks(7)) { UpTo = Duration.FromWeeks(8) };
        var answers = People.Eligible().Set(QuestionIds.SteroidDuration, answer);

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;

        Assert.Equal(answer, loaded.Get(QuestionIds.SteroidDuration));
    }

    [Fact]
    public void A_range_is_shown_with_both_ends()
    {
        var shown = new AnswerDisplay(TrialFixture.Definition).Format(new ElapsedAnswer(Duration.FromWeeks(7)) { UpTo = Duration.FromWeeks(8) });

        Assert.Equal("7 weeks – 8 weeks", shown.En);
        Assert.Equal("7周–8周", shown.Zh);
    }
}
