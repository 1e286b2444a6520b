namespace TrialBot.Screening.Answers;

/// <summary>A plain number, such as a disease activity score.</summary>
public sealed record NumberAnswer : Answer
{
    /// <summary>The number <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public NumberAnswer(double value)
    {
        Value = double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A number answer is finite.");
    }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Number;

    /// <summary>The number.</summary>
    public double Value { get; }
}
