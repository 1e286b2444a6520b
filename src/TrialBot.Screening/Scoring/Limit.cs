namespace TrialBot.Screening.Scoring;

/// <summary>
/// Comparisons against a criterion's limit, with a tolerance of a billionth of the limit so that a value converted
/// between units (221 µmol/L is 2.5 mg/dL) compares equal to the same limit given in the other unit.
/// </summary>
internal static class Limit
{
    private const double RelativeTolerance = 1e-9;

    /// <summary><paramref name="value"/> ≥ <paramref name="limit"/>.</summary>
    public static bool AtLeast(double value, double limit) => value >= limit - Tolerance(limit);

    /// <summary><paramref name="value"/> ≤ <paramref name="limit"/>.</summary>
    public static bool AtMost(double value, double limit) => value <= limit + Tolerance(limit);

    /// <summary><paramref name="value"/> &gt; <paramref name="limit"/>.</summary>
    public static bool MoreThan(double value, double limit) => !AtMost(value, limit);

    /// <summary><paramref name="value"/> &lt; <paramref name="limit"/>.</summary>
    public static bool LessThan(double value, double limit) => !AtLeast(value, limit);

    private static double Tolerance(double limit) => RelativeTolerance * Math.Max(1, Math.Abs(limit));
}
