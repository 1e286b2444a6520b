using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>lab</c>: a lab value against limits, each in its unit (the listing may give one limit in two units, as
/// 2.5 mg/dL or 221 µmol/L): above any of them fails (<c>moreThan</c>), or below any of them fails (<c>lessThan</c>). The
/// condition the limit defines, named instead of a value (<see cref="LabConditionAnswer"/>), fails.
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
                : limits.Any(limit => Fails(LabUnit.Read(answer, limit.Unit), limit.Value)),
            fails => fails,
            keys.Get("fail"),
            keys.Get("unknown"));

    private bool Fails(double? value, double limit) =>
        value is { } measured && (failAbove ? Limit.MoreThan(measured, limit) : Limit.LessThan(measured, limit));
}
