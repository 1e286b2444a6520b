using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>A length of time up to now (since a diagnosis, a date or the start of a course).</summary>
/// <param name="Elapsed">The time from then until today.</param>
public sealed record ElapsedAnswer(Duration Elapsed) : Answer
{
    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.ElapsedTime;

    /// <summary>
    /// When the person gave a range ("7-8 weeks", 七八周): its longer end, and <see cref="Elapsed"/> its shorter; null for one
    /// figure. A rule weighs both ends: a range across its limit is not known.
    /// </summary>
    public Duration? UpTo { get; init; }
}
