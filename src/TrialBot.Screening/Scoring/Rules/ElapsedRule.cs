using TrialBot.Screening.Answers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>elapsed</c>: a length of time up to now at least <paramref name="limit"/> (or, with
/// <paramref name="strictlyMore"/>, more than it); shorter fails. An answer whose shortest and longest readings fall on
/// either side of the limit is not known: a range ("7-8 weeks" against 8 weeks) or a rough figure at the limit ("about 6
/// months", 半年左右, against 6 months: <see cref="ElapsedAnswer.Approximate"/>).
/// </summary>
internal sealed class ElapsedRule(string questionId, Duration limit, bool strictlyMore, RuleReasons keys) : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict) =>
        verdict.Check(
            questionId,
            answer => answer is ElapsedAnswer elapsed && Fails(elapsed.Longest) == Fails(elapsed.Shortest) ? elapsed.Elapsed : (Duration?)null,
            Fails,
            keys.Get("fail"),
            keys.Get("unknown"));

    private bool Fails(Duration elapsed) => strictlyMore ? Limit.AtMost(elapsed.Days, limit.Days) : Limit.LessThan(elapsed.Days, limit.Days);
}
