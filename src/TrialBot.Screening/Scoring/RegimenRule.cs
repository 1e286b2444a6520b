using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Inclusion criterion 4: SLE history long enough; disease still active on a stable standard regimen (any of
/// corticosteroids, antimalarials, NSAIDs, immunosuppressants, alone or combined); and, for someone taking an oral
/// corticosteroid, its dose within the limits (no minimum alongside an immunosuppressant; whether hydroxychloroquine,
/// an antimalarial and immunomodulator, lifts it is left to the study team), taken long enough, and unchanged for long
/// enough. The limits are for an oral daily dose: an injected, pulse, weekly or monthly dose is kept and left open. Without a corticosteroid the steroid
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
        DependsOnAntimalarial,
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

        if (!answer.IsOralDailyDose())
        {
            // An injection, a pulse, a weekly or monthly depot: not the oral daily dose the limits speak of. Kept, quoted,
            // and left to the study team; never a pass or a fail on the oral limits.
            verdict.Open(ReasonKeys.DoseNotOral, QuestionIds.SteroidDose, "dose", verdict.Context.Display(answer));
            return;
        }

        bool? withImmunosuppressant = medicines?.Any(medicine => medicine.Class == MedicineClass.Immunosuppressant);
        var withAntimalarial = medicines?.Any(medicine => medicine.Class == MedicineClass.Antimalarial) == true;
        var fit = Fit(dose.MgPerDay, limits, withImmunosuppressant, withAntimalarial);
        if (answer.EquivalenceContested)
        {
            var margin = limits.ContestedEquivalenceMargin;
            if (Fit(dose.MgPerDay * (1 - margin), limits, withImmunosuppressant, withAntimalarial) != fit
                || Fit(dose.MgPerDay * (1 + margin), limits, withImmunosuppressant, withAntimalarial) != fit)
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
            case DoseFit.DependsOnAntimalarial:
                verdict.Unknown(ReasonKeys.DoseLowWithAntimalarial, QuestionIds.SteroidDose);
                break;
        }
    }

    /// <summary>
    /// Where the dose stands against the limits. Below the minimum, the listing waives it "when used in combination with
    /// immunosuppressants"; its regimen sentence names "other immunosuppressants or immunomodulators", and
    /// hydroxychloroquine, an antimalarial, is also called an immunomodulator: whether it lifts the minimum is open, for
    /// the study team (never a fail, never a pass).
    /// </summary>
    private static DoseFit Fit(double mgPerDay, RegimenLimits limits, bool? withImmunosuppressant, bool withAntimalarial)
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
            false when withAntimalarial => DoseFit.DependsOnAntimalarial,
            false => DoseFit.TooLow,
            null => DoseFit.DependsOnTreatment,
        };
    }
}
