using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Inclusion criterion 2: "At the time of signing the ICF, you must be between 18 and 70 years old (inclusive)", in
/// completed years (70 and a half is still 70). The age counts on the day the consent form is signed, which is some
/// weeks after this chat; so when the limits say so (<see cref="AgeLimits.CountedAtSigning"/>), an age within a birthday
/// of them is not decided here: at 17 the person may be 18 by then, at 70 they may be 71. The criterion stays open with
/// the age in the reason, and the study team checks the date of birth.
/// </summary>
internal sealed class AgeRule : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        var limits = verdict.Context.Thresholds.Age;
        if (verdict.Context.Answer(QuestionIds.Age)?.AsAgeYears() is not { } years)
        {
            verdict.Unknown(ReasonKeys.Unknown, QuestionIds.Age);
            return;
        }

        var completed = Math.Floor(years);
        if (limits.CountedAtSigning && completed == limits.AtLeastYears - 1)
        {
            verdict.Open(ReasonKeys.AgeJustUnder, QuestionIds.Age, "age", completed);
        }
        else if (limits.CountedAtSigning && completed == limits.AtMostYears)
        {
            verdict.Open(ReasonKeys.AgeAtUpperLimit, QuestionIds.Age, "age", completed);
        }
        else if (completed < limits.AtLeastYears || completed > limits.AtMostYears)
        {
            verdict.Fail(ReasonKeys.Fail);
        }
    }
}
