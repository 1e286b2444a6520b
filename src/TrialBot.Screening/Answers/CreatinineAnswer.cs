using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A serum creatinine value.</summary>
/// <param name="Creatinine">The value, in whichever unit it is read.</param>
public sealed record CreatinineAnswer(SerumCreatinine Creatinine) : LabAnswer
{
    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Creatinine;
}
