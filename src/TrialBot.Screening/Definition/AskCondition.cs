using TrialBot.Screening.Answers;
using TrialBot.Screening.Medicines;

namespace TrialBot.Screening.Definition;

/// <summary>
/// When a question is asked: only if an earlier answer does not rule it out. An unanswered or "don't know" earlier
/// answer never rules a question out (when in doubt, ask).
/// </summary>
/// <param name="QuestionId">The earlier question the condition looks at.</param>
/// <param name="AnswerIs">For a yes/no question: the answer that lets this question be asked.</param>
/// <param name="IncludesClass">For a medicines question: the class one of the medicines taken now must have.</param>
public sealed record AskCondition(string QuestionId, bool? AnswerIs, MedicineClass? IncludesClass)
{
    /// <summary>True when <paramref name="answer"/> (the answer to <see cref="QuestionId"/>) rules the question out.</summary>
    public bool RulesOut(Answer? answer)
    {
        if (answer is null or UnknownAnswer)
        {
            return false;
        }

        if (AnswerIs is { } expected && answer is YesNoAnswer { Yes: var actual })
        {
            return actual != expected;
        }

        return IncludesClass is { } medicineClass
            && answer is MedicinesAnswer medicines
            && !Includes(medicines.Current, medicineClass)
            && !Includes(medicines.Uncertain, medicineClass);
    }

    private static bool Includes(IReadOnlyList<MedicineTaken> medicines, MedicineClass medicineClass)
    {
        for (var index = 0; index < medicines.Count; index++)
        {
            if (medicines[index].Class == medicineClass)
            {
                return true;
            }
        }

        return false;
    }
}
