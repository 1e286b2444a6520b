using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>medicines</c>: at least <paramref name="atLeast"/> different medicines named, each of one of
/// <paramref name="classes"/> or one of <paramref name="medicineIds"/>; taken now only, or also taken before
/// (<paramref name="currentOnly"/> false: "tried"). Fewer fails; when fewer are counted but only a class was named
/// ("immunosuppressants"), how many it stands for is unknown. How long each was tried and within which window is the
/// question's frame (its text quotes the rule's limits) and the study team confirms it from the record.
/// </summary>
internal sealed class MedicinesRule(
    string questionId,
    int atLeast,
    IReadOnlyList<MedicineClass> classes,
    IReadOnlyList<string> medicineIds,
    bool currentOnly,
    RuleReasons keys) : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        if (!verdict.Context.Applies(questionId))
        {
            return;
        }

        if (verdict.Context.Answer(questionId) is not MedicinesAnswer answer)
        {
            verdict.Unknown(keys.Get("unknown"), questionId);
            return;
        }

        var medicines = currentOnly ? answer.Current : answer.NotPlanned;
        var counted = medicines.Where(Counts).Select(medicine => medicine.Id).Distinct(StringComparer.Ordinal).ToList();
        if (counted.Count >= atLeast)
        {
            return;
        }

        if (counted.Any(MedicineClassIds.IsClass))
        {
            verdict.Unknown(keys.Get("unknown"), questionId);
        }
        else
        {
            verdict.Fail(keys.Get("fail"));
        }
    }

    private bool Counts(MedicineTaken medicine) =>
        classes.Contains(medicine.Class) || medicineIds.Contains(medicine.Id, StringComparer.Ordinal);
}
