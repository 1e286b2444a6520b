using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>age-range</c>: the age in completed years (70 and a half is still 70) within a range, both ends inclusive; no
/// upper end when <paramref name="atMostYears"/> is null. When the listing counts the age on the day the consent form is
/// signed, some weeks after this chat (<paramref name="countedAtSigning"/>), an age within a birthday of the limits is
/// decided by the birthday follow-up (<see cref="Answers.AgeAnswer.NextBirthdaySoon"/>: a year older within about a
/// month?): one under the youngest, yes passes and no fails; at the oldest, yes fails and no passes. Without it the part
/// stays open with the age in the reason (the study team checks the date of birth).
/// </summary>
internal sealed class AgeRule(string questionId, double atLeastYears, double? atMostYears, bool countedAtSigning, RuleReasons keys) : ICriterionRule
{
    /// <summary>The age question.</summary>
    public string QuestionId { get; } = questionId;

    /// <summary>The youngest age allowed.</summary>
    public double AtLeastYears { get; } = atLeastYears;

    /// <summary>The oldest age allowed, or null.</summary>
    public double? AtMostYears { get; } = atMostYears;

    /// <summary>True when the age counts on the day of signing.</summary>
    public bool CountedAtSigning { get; } = countedAtSigning;

    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        if (!verdict.Context.Applies(QuestionId))
        {
            return;
        }

        if (verdict.Context.Answer(QuestionId) is not AgeAnswer { Years: var years } answer)
        {
            verdict.Unknown(keys.Get("unknown"), QuestionId);
            return;
        }

        var completed = Math.Floor(years);
        var birthdaySoon = answer.NextBirthdaySoon;
        if (CountedAtSigning && completed == AtLeastYears - 1)
        {
            // Turning the youngest age within about a month: that age by the signing, weeks away. Not soon: still too young.
            switch (birthdaySoon)
            {
                case null:
                    verdict.Open(keys.Get("justUnder"), QuestionId, "givenAge", completed);
                    break;
                case false:
                    verdict.Fail(keys.Get("fail"));
                    break;
            }
        }
        else if (CountedAtSigning && completed == AtMostYears)
        {
            // Turning one over the oldest age within about a month: over it by the signing. Not soon: still within it.
            switch (birthdaySoon)
            {
                case null:
                    verdict.Open(keys.Get("atUpperLimit"), QuestionId, "givenAge", completed);
                    break;
                case true:
                    verdict.Fail(keys.Get("fail"));
                    break;
            }
        }
        else if (completed < AtLeastYears || completed > AtMostYears)
        {
            verdict.Fail(keys.Get("fail"));
        }
    }
}
