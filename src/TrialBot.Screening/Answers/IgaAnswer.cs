using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A serum immunoglobulin A value.</summary>
/// <param name="IgA">The value, in whichever unit it is read.</param>
public sealed record IgaAnswer(SerumIgA IgA) : LabAnswer
{
    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Iga;
}
