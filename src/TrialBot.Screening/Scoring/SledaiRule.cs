using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Inclusion criterion 6: a SELENA-SLEDAI score of at least the limit. The person is asked only for the total; the
/// clinical-score variant is the study team's to check at screening.
/// </summary>
internal sealed class SledaiRule : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        var limits = verdict.Context.Thresholds.Sledai;
        verdict.Check(QuestionIds.Sledai, answer => answer.AsNumber(), score => Limit.LessThan(score, limits.ScoreAtLeast), ReasonKeys.Fail, ReasonKeys.Unknown);
    }
}
