using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Inclusion criterion 2: "At the time of signing the ICF, you must be between 18 and 70 years old (inclusive)", in
/// completed years (70 and a half is still 70). The age counts on the day the consent form is signed, which is some
/// weeks after this chat; so when the limits say so (<see cref="AgeLimits.CountedAtSigning"/>), an age within a birthday
/// of them is decided by the birthday follow-up (<see cref="Answers.AnswerValue.NextBirthdaySoon"/>: a year older within
/// about a month?): at 17, yes passes (18 by the signing) and no fails; at 70, yes fails (71 by then) and no passes.
/// Without it (not asked, or not known) the criterion stays open with the age in the reason, and the study team checks
/// the date of birth.
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
        var birthdaySoon = verdict.Context.Answer(QuestionIds.Age)?.NextBirthdaySoon;
        if (limits.CountedAtSigning && completed == limits.AtLeastYears - 1)
        {
            // Turning the youngest age within about a month: that age by the signing, weeks away. Not soon: still too young.
            switch (birthdaySoon)
            {
                case null:
                    verdict.Open(ReasonKeys.AgeJustUnder, QuestionIds.Age, "age", completed);
                    break;
                case false:
                    verdict.Fail(ReasonKeys.Fail);
                    break;
            }
        }
        else if (limits.CountedAtSigning && completed == limits.AtMostYears)
        {
            // Turning one over the oldest age within about a month: over it by the signing. Not soon: still within it.
            switch (birthdaySoon)
            {
                case null:
                    verdict.Open(ReasonKeys.AgeAtUpperLimit, QuestionIds.Age, "age", completed);
                    break;
                case true:
                    verdict.Fail(ReasonKeys.Fail);
                    break;
            }
        }
        else if (completed < limits.AtLeastYears || completed > limits.AtMostYears)
        {
            verdict.Fail(ReasonKeys.Fail);
        }
    }
}
