namespace TrialBot.Screening.Definition;

/// <summary>The plausible values of a numeric answer, both ends inclusive, in the answer kind's canonical unit.</summary>
/// <param name="Min">The smallest plausible value.</param>
/// <param name="Max">The largest plausible value.</param>
public sealed record ValueRange(double Min, double Max)
{
    /// <summary>True when <paramref name="value"/> lies in the range.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
