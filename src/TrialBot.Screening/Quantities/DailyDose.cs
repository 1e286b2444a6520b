namespace TrialBot.Screening.Quantities;

/// <summary>An amount of a medicine taken per day, in milligrams.</summary>
/// <param name="MgPerDay">Milligrams per day; never negative.</param>
public readonly record struct DailyDose(double MgPerDay)
{
    /// <summary>A dose of <paramref name="mgPerDay"/> mg a day.</summary>
    public static DailyDose FromMgPerDay(double mgPerDay) =>
        double.IsFinite(mgPerDay) && mgPerDay >= 0
            ? new DailyDose(mgPerDay)
            : throw new ArgumentOutOfRangeException(nameof(mgPerDay), mgPerDay, "A dose is a finite, non-negative number.");

    /// <summary>
    /// The daily dose of <paramref name="mgPerIntake"/> taken every <paramref name="intervalDays"/> days
    /// ("every other day" is an interval of 2, so the daily dose is halved).
    /// </summary>
    public static DailyDose FromIntake(double mgPerIntake, double intervalDays) =>
        intervalDays > 0 && double.IsFinite(intervalDays)
            ? FromMgPerDay(mgPerIntake / intervalDays)
            : throw new ArgumentOutOfRangeException(nameof(intervalDays), intervalDays, "The interval between doses is a positive number of days.");

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{MgPerDay:0.##} mg/day");
}
