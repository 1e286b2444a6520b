using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>Exclusion criterion 6: IgA deficiency, serum IgA below the limit.</summary>
internal sealed class IgARule : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        var limits = verdict.Context.Thresholds.IgA;
        verdict.Check(QuestionIds.Iga, answer => answer.AsIgA(), iga => Limit.LessThan(iga.MgPerDl, limits.LessThan.MgPerDl), ReasonKeys.Fail, ReasonKeys.Unknown);
    }
}
