namespace TrialBot.Screening.Answers;

/// <summary>"Don't know" to a question of some kind: the person was asked and could not say.</summary>
public sealed record UnknownAnswer : Answer
{
    /// <summary>"Don't know" to a question of <paramref name="kind"/>.</summary>
    public UnknownAnswer(AnswerKind kind)
    {
        Kind = Enum.IsDefined(kind) ? kind : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of answer.");
    }

    /// <inheritdoc />
    public override AnswerKind Kind { get; }
}
