using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Inclusion criterion 4: SLE history long enough; disease still active on a stable standard regimen (any of
/// corticosteroids, antimalarials, NSAIDs, immunosuppressants, alone or combined); and, for someone taking an oral
/// corticosteroid, its dose within the limits (no minimum alongside an immunosuppressant; hydroxychloroquine is an
/// antimalarial, not one), taken long enough, and unchanged for long enough. Without a corticosteroid the steroid
/// requirements do not apply (their questions are not asked).
/// </summary>
internal sealed class RegimenRule : ICriterionRule
{
    private enum DoseFit
    {
        Within,
        TooHigh,
        TooLow,
        DependsOnTreatment,
    }

    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        var limits = verdict.Context.Thresholds.Regimen;
        verdict.Check(
            QuestionIds.DiagnosisDuration,
            answer => answer.AsElapsed(),
            history => Limit.LessThan(history.Days, limits.HistoryAtLeast.Days),
            ReasonKeys.HistoryShort,
            ReasonKeys.HistoryUnknown);
        verdict.Check(QuestionIds.DiseaseActive, answer => answer.AsYesNo(), active => !active, ReasonKeys.NotActive, ReasonKeys.ActivityUnknown);
        var medicines = CheckStandardRegimen(verdict);
        CheckDose(verdict, limits, medicines);
        verdict.Check(
            QuestionIds.SteroidDuration,
            answer => answer.AsElapsed(),
            treated => Limit.LessThan(treated.Days, limits.TreatedAtLeast.Days),
            ReasonKeys.SteroidShort,
            ReasonKeys.SteroidDurationUnknown);
        verdict.Check(
            QuestionIds.SteroidStable,
            answer => answer.AsElapsed(),
            stable => Limit.AtMost(stable.Days, limits.StableMoreThan.Days),
            ReasonKeys.DoseNotStable,
            ReasonKeys.StabilityUnknown);
    }

    private static IReadOnlyList<MedicineTaken>? CheckStandardRegimen(Verdict verdict)
    {
        var medicines = verdict.Context.Answer(QuestionIds.Treatment)?.AsCurrentMedicines();
        if (medicines is null)
        {
            verdict.Unknown(ReasonKeys.RegimenUnknown, QuestionIds.Treatment);
        }
        else if (!medicines.Any(medicine => medicine.Class != MedicineClass.Other))
        {
            verdict.Fail(ReasonKeys.NoStandardRegimen);
        }

        return medicines;
    }

    private static void CheckDose(Verdict verdict, RegimenLimits limits, IReadOnlyList<MedicineTaken>? medicines)
    {
        if (!verdict.Context.Applies(QuestionIds.SteroidDose))
        {
            return;
        }

        var answer = verdict.Context.Answer(QuestionIds.SteroidDose);
        if (answer?.AsPrednisoneEquivalentDose() is not { } dose)
        {
            verdict.Unknown(ReasonKeys.DoseUnknown, QuestionIds.SteroidDose);
            return;
        }

        bool? withImmunosuppressant = medicines?.Any(medicine => medicine.Class == MedicineClass.Immunosuppressant);
        var fit = Fit(dose.MgPerDay, limits, withImmunosuppressant);
        if (answer.EquivalenceContested)
        {
            var margin = limits.ContestedEquivalenceMargin;
            if (Fit(dose.MgPerDay * (1 - margin), limits, withImmunosuppressant) != fit || Fit(dose.MgPerDay * (1 + margin), limits, withImmunosuppressant) != fit)
            {
                verdict.ContestedConversion(ReasonKeys.DoseContested);
                return;
            }
        }

        switch (fit)
        {
            case DoseFit.TooHigh:
                verdict.Fail(ReasonKeys.DoseHigh);
                break;
            case DoseFit.TooLow:
                verdict.Fail(ReasonKeys.DoseLow);
                break;
            case DoseFit.DependsOnTreatment:
                verdict.Unknown(ReasonKeys.RegimenUnknown, QuestionIds.Treatment);
                break;
        }
    }

    private static DoseFit Fit(double mgPerDay, RegimenLimits limits, bool? withImmunosuppressant)
    {
        if (Limit.MoreThan(mgPerDay, limits.DoseAtMost.MgPerDay))
        {
            return DoseFit.TooHigh;
        }

        if (Limit.AtLeast(mgPerDay, limits.DoseAtLeast.MgPerDay))
        {
            return DoseFit.Within;
        }

        if (!limits.NoMinimumDoseWithImmunosuppressant)
        {
            return DoseFit.TooLow;
        }

        return withImmunosuppressant switch
        {
            true => DoseFit.Within,
            false => DoseFit.TooLow,
            null => DoseFit.DependsOnTreatment,
        };
    }
}
