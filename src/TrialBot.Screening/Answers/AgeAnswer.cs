using TrialBot.Screening.Quantities;

namespace TrialBot.Screening.Answers;

/// <summary>An age in whole or part years, with the birthday follow-up when it was asked.</summary>
public sealed record AgeAnswer : Answer
{
    /// <summary>An age of <paramref name="years"/> years.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative or not finite.</exception>
    public AgeAnswer(double years)
    {
        Years = Quantity.RequireNonNegative(years, nameof(years));
    }

    /// <inheritdoc />
    public override AnswerKind Kind => AnswerKind.Age;

    /// <summary>The age in years.</summary>
    public double Years { get; }

    /// <summary>
    /// At one under the youngest or at the oldest age allowed: whether the person turns a year older within about a
    /// month, as they said; null when not asked or not known.
    /// </summary>
    public bool? NextBirthdaySoon { get; init; }
}
