using TrialBot.Screening.Answers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>elapsed</c>: a length of time up to now at least <paramref name="limit"/> (or, with
/// <paramref name="strictlyMore"/>, more than it); shorter fails. A range whose two ends fall on either side of the limit
/// ("7-8 weeks" against 8 weeks) is not known.
/// </summary>
internal sealed class ElapsedRule(string questionId, Duration limit, bool strictlyMore, RuleReasons keys) : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict) =>
        verdict.Check(
            questionId,
            answer => answer is ElapsedAnswer elapsed && (elapsed.UpTo is not { } longest || Fails(longest) == Fails(elapsed.Elapsed)) ? elapsed.Elapsed : (Duration?)null,
            Fails,
            keys.Get("fail"),
            keys.Get("unknown"));

    private bool Fails(Duration elapsed) => strictlyMore ? Limit.AtMost(elapsed.Days, limit.Days) : Limit.LessThan(elapsed.Days, limit.Days);
}
