using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A length of time up to now (since a diagnosis, a date or the start of a course).</summary>
/// <param name="Elapsed">The time from then until today.</param>
public sealed record ElapsedAnswer(Duration Elapsed) : Answer
{
    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.ElapsedTime;
}
