using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>daily-dose</c>: a daily dose as prednisone equivalent within a range, with its conditions on another
/// rule's answer: no minimum while a medicine of one class is taken now (<see cref="DoseConditions.NoMinimumWhileTaking"/>),
/// and a minimum left open while only a medicine of another class is (<see cref="DoseConditions.MinimumOpenWhileTaking"/>:
/// hydroxychloroquine, an antimalarial also called an immunomodulator). With <see cref="DoseConditions.OralDailyOnly"/>
/// the limits are for an oral daily dose: an injected, pulse, weekly or monthly dose is kept, quoted and left open. A
/// contested conversion that would change the verdict within <see cref="DoseConditions.ContestedMargin"/> goes to review.
/// </summary>
internal sealed class DailyDoseRule(string questionId, double? atLeastMg, double? atMostMg, DoseConditions conditions, RuleReasons keys) : ICriterionRule
{
    private enum DoseFit
    {
        Within,
        TooHigh,
        TooLow,
        DependsOnTreatment,
        DependsOnOpenClass,
    }

    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        if (!verdict.Context.Applies(questionId))
        {
            return;
        }

        if (verdict.Context.Answer(questionId) is not DoseAnswer { PrednisoneEquivalent: var dose } answer)
        {
            verdict.Unknown(keys.Get("unknown"), questionId);
            return;
        }

        if (conditions.OralDailyOnly && !answer.IsOralDaily)
        {
            // An injection, a pulse, a weekly or monthly depot: not the oral daily dose the limits speak of. Kept, quoted,
            // and left to the study team; never a pass or a fail on the oral limits.
            verdict.Open(keys.Get("notOral"), questionId, "dose", verdict.Context.Display(answer));
            return;
        }

        var named = conditions.MedicinesQuestionId is { } medicinesQuestion ? verdict.Context.Answer(medicinesQuestion) as MedicinesAnswer : null;
        var medicines = named?.Current;
        bool? waiving = conditions.NoMinimumWhileTaking is { } waiver ? Takes(named, waiver) : false;
        var open = conditions.MinimumOpenWhileTaking is { } openClass && medicines?.Any(medicine => medicine.Class == openClass) == true;
        var fit = Fit(dose.MgPerDay, waiving, open);
        if (answer.EquivalenceContested && conditions.ContestedMargin > 0)
        {
            var margin = conditions.ContestedMargin;
            if (Fit(dose.MgPerDay * (1 - margin), waiving, open) != fit || Fit(dose.MgPerDay * (1 + margin), waiving, open) != fit)
            {
                verdict.ContestedConversion(keys.Get("contested"));
                return;
            }
        }

        switch (fit)
        {
            case DoseFit.TooHigh:
                verdict.Fail(keys.Get("high"));
                break;
            case DoseFit.TooLow:
                verdict.Fail(keys.Get("low"));
                break;
            case DoseFit.DependsOnTreatment:
                verdict.Unknown(keys.Get("treatmentUnknown"), conditions.MedicinesQuestionId!);
                break;
            case DoseFit.DependsOnOpenClass:
                verdict.Unknown(keys.Get("lowOpen"), questionId);
                break;
        }
    }

    /// <summary>
    /// Whether a medicine of <paramref name="medicineClass"/> is taken now: null when the medicines are not known, or when
    /// the only one named of the class is one the person does not know is taken.
    /// </summary>
    private static bool? Takes(MedicinesAnswer? named, MedicineClass medicineClass) =>
        named is null ? null
        : named.Current.Any(medicine => medicine.Class == medicineClass) ? true
        : named.Uncertain.Any(medicine => medicine.Class == medicineClass) ? null
        : false;

    /// <summary>
    /// Where the dose stands against the limits. Below the minimum, a medicine of the waiving class taken now lifts it;
    /// without one, a medicine of the open class leaves it for the study team (never a fail, never a pass).
    /// </summary>
    private DoseFit Fit(double mgPerDay, bool? waiving, bool open)
    {
        if (atMostMg is { } most && Limit.MoreThan(mgPerDay, most))
        {
            return DoseFit.TooHigh;
        }

        if (atLeastMg is not { } least || Limit.AtLeast(mgPerDay, least))
        {
            return DoseFit.Within;
        }

        return waiving switch
        {
            true => DoseFit.Within,
            false when open => DoseFit.DependsOnOpenClass,
            false => DoseFit.TooLow,
            null => DoseFit.DependsOnTreatment,
        };
    }
}

/// <summary>The conditions of a <see cref="DailyDoseRule"/>.</summary>
/// <param name="OralDailyOnly">True when the limits are for an oral daily dose only.</param>
/// <param name="MedicinesQuestionId">The medicines question the class conditions look at, or null.</param>
/// <param name="NoMinimumWhileTaking">No minimum while a medicine of this class is taken now, or null.</param>
/// <param name="MinimumOpenWhileTaking">Below the minimum, open (needs review) while a medicine of this class is taken now, or null.</param>
/// <param name="ContestedMargin">The relative margin (0.25 = ±25 %) of a contested prednisone equivalence; 0 for none.</param>
internal sealed record DoseConditions(
    bool OralDailyOnly,
    string? MedicinesQuestionId,
    MedicineClass? NoMinimumWhileTaking,
    MedicineClass? MinimumOpenWhileTaking,
    double ContestedMargin);
