namespace TrialBot.Screening.Scoring.Rules;

/// <summary>A criterion's declared rules, checked in the file's order: the criterion fails when any part fails.</summary>
internal sealed class CompositeRule(IReadOnlyList<ICriterionRule> parts) : ICriterionRule
{
    /// <summary>The parts in the file's order.</summary>
    public IReadOnlyList<ICriterionRule> Parts { get; } = parts;

    /// <inheritdoc />
    public void Evaluate(Verdict verdict)
    {
        foreach (var part in Parts)
        {
            part.Evaluate(verdict);
        }
    }
}
