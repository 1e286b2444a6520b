using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>At 17 or 70 the birthday follow-up (a year older within about a month?) decides the age criterion.</summary>
public class AgeBirthdayTests
{
    [Theory]
    [InlineData(17, true, CriterionStatus.Pass)]
    [InlineData(17, false, CriterionStatus.Fail)]
    [InlineData(17, null, CriterionStatus.Unknown)]
    [InlineData(70, true, CriterionStatus.Fail)]
    [InlineData(70, false, CriterionStatus.Pass)]
    [InlineData(70, null, CriterionStatus.Unknown)]
    [InlineData(45, true, CriterionStatus.Pass)]
    [InlineData(16, true, CriterionStatus.Fail)]
    public void The_birthday_answer_decides_the_edge_ages(double years, bool? birthdaySoon, CriterionStatus expected)
    {
        var answers = People.Eligible().Set(QuestionIds.Age, new AgeAnswer(years) with { NextBirthdaySoon = birthdaySoon });

        Assert.Equal(expected, StatusOf(answers, CriterionIds.I2));
    }
}
