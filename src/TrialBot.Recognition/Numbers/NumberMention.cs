namespace TrialBot.Recognition.Numbers;

/// <summary>A number found in a prepared answer.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="End">Index just past its last character.</param>
/// <param name="Value">Its value; infinite or NaN when the text overflows ("1e400").</param>
internal readonly record struct NumberMention(int Start, int End, double Value)
{
    /// <summary>The largest magnitude read as a number: beyond 2^53 a double no longer holds every integer exactly.</summary>
    public const double MaxMagnitude = 9_007_199_254_740_992;

    /// <summary>True when <paramref name="value"/> is finite and within <see cref="MaxMagnitude"/> ("1e400" and 30-digit numbers are not).</summary>
    public static bool IsPlausible(double value) => double.IsFinite(value) && Math.Abs(value) <= MaxMagnitude;

    /// <summary>True when this number overlaps the span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool Overlaps(int start, int end) => Start < end && start < End;
}
