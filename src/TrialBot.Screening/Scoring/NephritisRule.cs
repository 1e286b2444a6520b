using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Exclusion criterion 1: severe lupus nephritis (urine protein or serum creatinine above the limits, hemodialysis)
/// and very high corticosteroid doses before screening. The kidney questions apply only to people whose lupus affects
/// the kidneys; the high-dose question to everyone.
/// </summary>
internal sealed class NephritisRule : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        var limits = verdict.Context.Thresholds.Nephritis;
        verdict.Check(
            QuestionIds.KidneyProteinuria,
            answer => answer.AsProteinuria(),
            protein => Limit.MoreThan(protein.GramsPer24Hours, limits.ProteinuriaMoreThan.GramsPer24Hours),
            ReasonKeys.ProteinuriaHigh,
            ReasonKeys.ProteinuriaUnknown);
        verdict.Check(
            QuestionIds.KidneyCreatinine,
            answer => answer.AsCreatinine(),
            creatinine => Limit.MoreThan(creatinine.MgPerDl, limits.CreatinineMoreThan.MgPerDl)
                || Limit.MoreThan(creatinine.MicromolPerLitre, limits.CreatinineMoreThanMicromolar.MicromolPerLitre),
            ReasonKeys.CreatinineHigh,
            ReasonKeys.CreatinineUnknown);
        verdict.Check(QuestionIds.KidneyDialysis, answer => answer.AsYesNo(), onDialysis => onDialysis, ReasonKeys.Dialysis, ReasonKeys.DialysisUnknown);
        verdict.Check(QuestionIds.HighDoseSteroids, answer => answer.AsYesNo(), tookHighDose => tookHighDose, ReasonKeys.HighDose, ReasonKeys.HighDoseUnknown);
    }
}
