using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A 24-hour urine protein value.</summary>
/// <param name="Protein">The protein lost in 24 hours.</param>
public sealed record ProteinuriaAnswer(Proteinuria Protein) : LabAnswer
{
    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Proteinuria;
}
