namespace TrialBot.Recognition.Doses;

/// <summary>How often a dose is taken: <see cref="Intakes"/> times every <see cref="IntervalDays"/> days.</summary>
/// <param name="Intakes">Doses taken in each interval (2 for "twice a day", 3 for "three times a week").</param>
/// <param name="IntervalDays">The interval in days (1 for "daily", 2 for "every other day", 7 for "weekly").</param>
internal readonly record struct DoseFrequency(double Intakes, double IntervalDays)
{
    /// <summary>Once a day: assumed when an answer says nothing about frequency.</summary>
    public static DoseFrequency OnceDaily { get; } = new(1, 1);
}
