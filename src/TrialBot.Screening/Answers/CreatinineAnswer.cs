using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A serum creatinine value.</summary>
/// <param name="Creatinine">The value, in whichever unit it is read.</param>
public sealed record CreatinineAnswer(SerumCreatinine Creatinine) : LabAnswer
{
    /// <summary>The upper end when the value was said as a range (70-80 µmol/L, 80多); <see cref="Creatinine"/> is then the lower.</summary>
    public SerumCreatinine? UpTo { get; init; }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Creatinine;
}
