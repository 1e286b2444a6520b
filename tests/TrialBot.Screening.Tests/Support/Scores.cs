using TrialBot.Screening.Answers;
using TrialBot.Screening.Scoring;

namespace TrialBot.Screening.Tests.Support;

/// <summary>Scores answers with the real definition.</summary>
internal static class Scores
{
    private static readonly ScreeningScorer Scorer = new(TrialFixture.Definition);

    public static ScreeningResult Score(ScreeningAnswers answers) => Scorer.Score(answers);

    public static CriterionResult Criterion(this ScreeningResult result, string criterionId) =>
        result.Criteria.Single(criterion => criterion.CriterionId == criterionId);

    public static CriterionStatus StatusOf(ScreeningAnswers answers, string criterionId) => Score(answers).Criterion(criterionId).Status;
}
