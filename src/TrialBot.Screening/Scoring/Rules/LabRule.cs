using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>lab</c>: a lab value against limits, each in its unit (the listing may give one limit in two units, as
/// 2.5 mg/dL or 221 µmol/L): above any of them fails (<c>moreThan</c>), or below any of them fails (<c>lessThan</c>). The
/// condition the limit defines, named instead of a value (<see cref="LabConditionAnswer"/>), fails. A value said as a bound
/// (<see cref="LabAnswer.Bound"/>) decides only when all beyond it lies on one side of the limit.
/// </summary>
/// <param name="questionId">The lab question.</param>
/// <param name="limits">The limits, with their units (<see cref="LabUnit"/>).</param>
/// <param name="failAbove">True for <c>moreThan</c>, false for <c>lessThan</c>.</param>
/// <param name="keys">The reason keys: <c>fail</c>, <c>unknown</c>.</param>
internal sealed class LabRule(string questionId, IReadOnlyList<(string Unit, double Value)> limits, bool failAbove, RuleReasons keys) : ICriterionRule
{
    /// <inheritdoc />
    public void Evaluate(Verdict verdict) =>
        verdict.Check(
            questionId,
            answer => answer is LabConditionAnswer ? true
                : LabUnit.Read(answer, limits[0].Unit) is null ? (bool?)null
                : answer is LabAnswer { Bound: not LabBound.Exact } bounded ? BoundFails(bounded)
                : limits.Any(limit => Fails(LabUnit.Read(answer, limit.Unit), limit.Value)),
            fails => fails,
            keys.Get("fail"),
            keys.Get("unknown"));

    /// <summary>
    /// A value said as a bound ("&lt;5 mg/dL"): it fails when every value beyond it fails, passes when none does, and is not
    /// known otherwise ("&lt;20 mg/dL" against IgA below 10).
    /// </summary>
    private bool? BoundFails(LabAnswer answer)
    {
        var verdicts = limits.Select(limit => LabUnit.Read(answer, limit.Unit) is { } figure ? BoundFails(figure, answer.Bound, limit.Value) : null).ToList();
        return verdicts.Any(v => v == true) ? true : verdicts.All(v => v == false) ? false : null;
    }

    private bool? BoundFails(double figure, LabBound bound, double limit) => (bound, failAbove) switch
    {
        (LabBound.Below, true) => figure <= limit ? false : null,
        (LabBound.Below, false) => figure <= limit ? true : null,
        (LabBound.Above, true) => figure >= limit ? true : null,
        _ => figure >= limit ? false : null,
    };

    private bool Fails(double? value, double limit) =>
        value is { } measured && (failAbove ? Limit.MoreThan(measured, limit) : Limit.LessThan(measured, limit));
}
