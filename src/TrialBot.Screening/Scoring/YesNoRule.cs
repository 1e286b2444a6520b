namespace TrialBot.Screening.Scoring;

/// <summary>A criterion decided by one yes/no question: it passes on <paramref name="passWhen"/> and fails on the other answer.</summary>
internal sealed class YesNoRule(string questionId, bool passWhen) : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict) =>
        verdict.Check(questionId, answer => answer.AsYesNo(), yes => yes != passWhen, ReasonKeys.Fail, ReasonKeys.Unknown);
}
