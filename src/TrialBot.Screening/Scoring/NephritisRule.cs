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
        CheckCurrentDose(verdict, limits);
    }

    /// <summary>
    /// The steroid taken now, when its dose a day is very high (a methylprednisolone pulse is 250–1,000 mg, 312–1,250 mg
    /// of prednisone): taken now, it is within the weeks before screening, so it excludes when its course lasts at least
    /// the listing's days; a shorter course does not; a course of unknown length is open, quoted for the study team.
    /// </summary>
    private static void CheckCurrentDose(Verdict verdict, NephritisLimits limits)
    {
        if (verdict.Context.Answer(QuestionIds.SteroidDose) is not { } answer
            || answer.AsPrednisoneEquivalentDose() is not { } dose
            || !Limit.AtLeast(dose.MgPerDay, limits.HighDoseAtLeast.MgPerDay))
        {
            return;
        }

        if (answer.Schedule?.CourseDays is not { } days)
        {
            verdict.Open(ReasonKeys.HighDoseCourseUnknown, QuestionIds.SteroidDose, "dose", verdict.Context.Display(answer));
        }
        else if (Limit.AtLeast(days, limits.HighDoseAtLeastFor.Days))
        {
            verdict.Fail(ReasonKeys.HighDose);
        }
    }
}
