namespace TrialBot.Screening.Answers;

/// <summary>A yes or a no.</summary>
/// <param name="Yes">True for yes.</param>
public sealed record YesNoAnswer(bool Yes) : Answer
{
    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.YesNo;
}
