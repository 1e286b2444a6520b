using TrialBot.Screening.Answers;

namespace TrialBot.Screening.Scoring.Rules;

/// <summary>
/// Rule kind <c>lab</c>: a lab value against limits, each in its unit (the listing may give one limit in two units, as
/// 2.5 mg/dL or 221 µmol/L): above any of them fails (<c>moreThan</c>), or below any of them fails (<c>lessThan</c>). The
/// condition the limit defines, named instead of a value (<see cref="LabConditionAnswer"/>), fails. A value said as a bound
/// (<see cref="LabAnswer.Bound"/>) or a range decides only when all it allows lies on one side of the limit.
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
                : answer is LabAnswer { Bound: LabBound.Exact } && LabUnit.ReadUpTo(answer, limits[0].Unit) is null
                    ? limits.Any(limit => Fails(LabUnit.Read(answer, limit.Unit), limit.Value))
                : SpanFails(answer),
            fails => fails,
            keys.Get("fail"),
            keys.Get("unknown"));

    /// <summary>
    /// A value said as a bound ("&lt;5 mg/dL") or a range (70-80 µmol/L, 80多): it fails when every value it allows fails,
    /// passes when none does, and is not known otherwise ("&lt;20 mg/dL" against IgA below 10, 200-250 µmol/L against 221).
    /// </summary>
    private bool? SpanFails(Answer answer)
    {
        var bound = ((LabAnswer)answer).Bound;
        var verdicts = limits.Select(limit => LabUnit.Read(answer, limit.Unit) is { } figure
            ? SpanFails(Span(figure, bound, LabUnit.ReadUpTo(answer, limit.Unit)), limit.Value)
            : null).ToList();
        return verdicts.Any(v => v == true) ? true : verdicts.All(v => v == false) ? false : null;
    }

    /// <summary>The values an answer allows: its lower end (null: none), whether that end is excluded, and its upper end
    /// (null: none), whether that end is excluded.</summary>
    private static (double? Low, bool LowOpen, double? High, bool HighOpen) Span(double figure, LabBound bound, double? upTo) => (bound, upTo) switch
    {
        (LabBound.Below, _) => (null, false, figure, true),
        (LabBound.Above, null) => (figure, true, null, false),
        (LabBound.Above, { } high) => (figure, true, high, false),
        (_, { } high) => (figure, false, high, false),
        _ => (figure, false, figure, false),
    };

    private bool? SpanFails((double? Low, bool LowOpen, double? High, bool HighOpen) span, double limit)
    {
        var (low, lowOpen, high, highOpen) = span;
        var allFail = failAbove
            ? low is { } l && (l > limit || (lowOpen && l >= limit))
            : high is { } h && (h < limit || (highOpen && h <= limit));
        var noneFails = failAbove ? high is { } top && top <= limit : low is { } bottom && bottom >= limit;
        return allFail ? true : noneFails ? false : null;
    }

    private bool Fails(double? value, double limit) =>
        value is { } measured && (failAbove ? Limit.MoreThan(measured, limit) : Limit.LessThan(measured, limit));
}
