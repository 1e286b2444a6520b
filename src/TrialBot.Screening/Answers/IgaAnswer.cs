using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A serum immunoglobulin A value.</summary>
/// <param name="IgA">The value, in whichever unit it is read.</param>
public sealed record IgaAnswer(SerumIgA IgA) : LabAnswer
{
    /// <summary>The upper end when the value was said as a range (70-80 µmol/L, 80多); <see cref="IgA"/> is then the lower.</summary>
    public SerumIgA? UpTo { get; init; }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Iga;
}
