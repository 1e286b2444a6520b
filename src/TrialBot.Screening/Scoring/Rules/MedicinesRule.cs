using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>medicines</c>: at least <c>atLeast</c> different medicines named, each of one of the rule's classes or
/// medicines; taken now only, or also taken before ("tried"). Fewer fails; when fewer are counted but only a class was
/// named ("immunosuppressants"), how many it stands for is unknown. With a course frame (<see cref="MedicinesCourse"/>:
/// each tried for at least a length, within a window) a medicine counts unless what the person said of it contradicts
/// the frame: taken for less than the length ("prednisone for 2 weeks"), or taken or stopped longer ago than the window
/// ("stopped azathioprine in 2019"). A medicine with nothing said of its course counts (the question asks within the
/// frame, and the study team confirms it from the record). When the count falls short only because of such medicines,
/// the part stays open with them quoted (<c>notCounted</c>, <c>{medicines}</c>): never a silent exclusion. A medicine the
/// person does not know is taken (<see cref="MedicineStatus.Uncertain"/>) is not counted; when it would make the count, the
/// rule is unknown.
/// </summary>
internal sealed class MedicinesRule(
    string questionId,
    int atLeast,
    IReadOnlyList<MedicineClass> classes,
    IReadOnlyList<string> medicineIds,
    bool currentOnly,
    MedicinesCourse? course,
    RuleReasons keys) : ICriterionRule
{
    /// <summary>The placeholder of the <c>notCounted</c> reason: the medicines not counted, with what was said of them.</summary>
    public const string NotCountedPlaceholder = "medicines";

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

        var medicines = (currentOnly ? answer.Current : answer.NotPlanned).Where(medicine => medicine.Status != MedicineStatus.Uncertain && Counts(medicine)).ToList();
        var outside = course is null ? [] : medicines.Where(course.Contradicts).ToList();
        var counted = medicines.Except(outside).Select(medicine => medicine.Id).Distinct(StringComparer.Ordinal).ToList();
        if (counted.Count >= atLeast)
        {
            return;
        }

        if (counted.Count + answer.Uncertain.Where(Counts).Select(medicine => medicine.Id).Distinct(StringComparer.Ordinal).Count() >= atLeast)
        {
            // "the doctor prescribed tacrolimus, I don't know if she takes it": the count depends on what the person does not know.
            verdict.Unknown(keys.Get("unknown"), questionId);
            return;
        }

        if (outside.Count > 0 && counted.Count + outside.Select(medicine => medicine.Id).Distinct(StringComparer.Ordinal).Count() >= atLeast)
        {
            verdict.Open(keys.Get("notCounted"), questionId, NotCountedPlaceholder, verdict.Context.Display(outside));
        }
        else if (counted.Any(MedicineClassIds.IsClass) || outside.Any(medicine => MedicineClassIds.IsClass(medicine.Id)))
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
