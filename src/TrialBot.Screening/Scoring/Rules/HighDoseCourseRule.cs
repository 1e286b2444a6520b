using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>high-dose-course</c>: a dose taken now at or above a very high prednisone-equivalent daily dose (a
/// methylprednisolone pulse is 250–1,000 mg) is within the weeks before screening, so it fails when its course lasts at
/// least the listed days; a shorter course does not; a course of unknown length is open, quoted for the study team.
/// </summary>
internal sealed class HighDoseCourseRule(string questionId, double atLeastMg, double courseAtLeastDays, RuleReasons keys) : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        if (verdict.Context.Answer(questionId) is not DoseAnswer { PrednisoneEquivalent: var dose } answer
            || !Limit.AtLeast(dose.MgPerDay, atLeastMg))
        {
            return;
        }

        if (answer.Schedule?.CourseDays is not { } days)
        {
            verdict.Open(keys.Get("courseUnknown"), questionId, "dose", verdict.Context.Display(answer));
        }
        else if (Limit.AtLeast(days, courseAtLeastDays))
        {
            verdict.Fail(keys.Get("fail"));
        }
    }
}
