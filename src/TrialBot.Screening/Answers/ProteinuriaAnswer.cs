using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A 24-hour urine protein value.</summary>
/// <param name="Protein">The protein lost in 24 hours.</param>
public sealed record ProteinuriaAnswer(Proteinuria Protein) : LabAnswer
{
    /// <summary>The upper end when the value was said as a range (70-80 µmol/L, 80多); <see cref="Protein"/> is then the lower.</summary>
    public Proteinuria? UpTo { get; init; }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Proteinuria;
}
