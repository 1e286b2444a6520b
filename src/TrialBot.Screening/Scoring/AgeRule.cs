using TrialBot.Screening.Definition;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Inclusion criterion 2: "between 18 and 70 years old (inclusive)", in completed years (70 and a half is still 70).
/// </summary>
internal sealed class AgeRule : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        var limits = verdict.Context.Thresholds.Age;
        verdict.Check(
            QuestionIds.Age,
            answer => answer.AsAgeYears(),
            years => Math.Floor(years) < limits.AtLeastYears || Math.Floor(years) > limits.AtMostYears,
            ReasonKeys.Fail,
            ReasonKeys.Unknown);
    }
}
