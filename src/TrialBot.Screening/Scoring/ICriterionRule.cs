namespace TrialBot.Screening.Scoring;

/// <summary>The logic of one criterion: it checks the answers and records its parts in a <see cref="Verdict"/>.</summary>
internal interface ICriterionRule
{
    /// <summary>Checks the answers in <paramref name="verdict"/>'s context, recording failing and unknown parts.</summary>
    void Evaluate(Verdict verdict);
}
