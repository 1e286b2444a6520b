using TrialBot.Screening.Answers;
using TrialBot.Screening.Answers.Storage;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>
/// A length of time said as a rough figure ("about 6 months", 半年左右): the truth may lie a little either side, so a
/// figure at a limit is not known, while one well clear of it decides.
/// </summary>
public class ElapsedRoughFigureTests
{
    [Theory]
    [InlineData(6, true, CriterionStatus.Unknown)]
    [InlineData(6, false, CriterionStatus.Pass)]
    [InlineData(7, true, CriterionStatus.Pass)]
    [InlineData(5.6, true, CriterionStatus.Unknown)]
    [InlineData(5, true, CriterionStatus.Fail)]
    public void About_half_a_year_since_the_diagnosis_is_not_known_against_six_months(double months, bool approximate, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.DiagnosisDuration, new ElapsedAnswer(Duration.FromMonths(months)) { Approximate = approximate });

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Theory]
    [InlineData(2, CriterionStatus.Unknown)]
    [InlineData(3, CriterionStatus.Pass)]
    public void About_two_weeks_on_the_same_dose_is_not_known_against_more_than_two_weeks(double weeks, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.SteroidStable, new ElapsedAnswer(Duration.FromWeeks(weeks)) { Approximate = true });

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I4));
    }

    [Fact]
    public void A_rough_range_widens_both_ends()
    {
        var answer = new ElapsedAnswer(Duration.FromWeeks(8)) { UpTo = Duration.FromWeeks(10), Approximate = true };

        Assert.Equal(Duration.FromWeeks(8 * 0.9).Days, answer.Shortest.Days, 6);
        Assert.Equal(Duration.FromWeeks(10 * 1.1).Days, answer.Longest.Days, 6);
    }

    [Fact]
    public void A_rough_figure_and_its_date_are_stored_and_read_back()
    {
        var answer = new ElapsedAnswer(Duration.FromDays(182)) { Approximate = true, CountedFrom = new DateOnly(2026, 6, 7) };
        var answers = People.Eligible().Set(QuestionIds.DiagnosisDuration, answer);

        var loaded = ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!;

        Assert.Equal(answer, loaded.Get(QuestionIds.DiagnosisDuration));
    }
}
