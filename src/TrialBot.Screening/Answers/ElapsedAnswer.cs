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

    /// <summary>
    /// The day the time is counted from (the day it was read, less <see cref="Elapsed"/>), so that a time read from a date
    /// ("since July", 今年7月) can be said back with its month or year, which the person recognises, and not only as a
    /// count ("about 4.2 months"); null in answers stored before it existed.
    /// </summary>
    public DateOnly? CountedFrom { get; init; }

    /// <summary>
    /// True when the person gave the time as a rough figure ("about 6 months", 半年左右): the truth may lie up to
    /// <see cref="ApproximateMargin"/> of it either side, which <see cref="Shortest"/> and <see cref="Longest"/> allow for.
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>How far from a rough figure the truth may lie, as a share of it: "about 6 months" is 5.4 to 6.6 months.</summary>
    public const double ApproximateMargin = 0.1;

    /// <summary>The shortest time the answer allows: <see cref="Elapsed"/>, less the margin of a rough figure.</summary>
    public Duration Shortest => Approximate ? Duration.FromDays(Elapsed.Days * (1 - ApproximateMargin)) : Elapsed;

    /// <summary>The longest time the answer allows: <see cref="UpTo"/> or <see cref="Elapsed"/>, plus the margin of a rough figure.</summary>
    public Duration Longest => Approximate ? Duration.FromDays((UpTo ?? Elapsed).Days * (1 + ApproximateMargin)) : UpTo ?? Elapsed;
}
