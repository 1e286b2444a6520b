namespace TrialBot.Screening.Quantities;

/// <summary>Guards shared by the quantity types.</summary>
internal static class Quantity
{
    /// <summary>Returns <paramref name="value"/> when finite and non-negative; throws otherwise.</summary>
    public static double RequireNonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, "A measured value is a finite, non-negative number.");
}
