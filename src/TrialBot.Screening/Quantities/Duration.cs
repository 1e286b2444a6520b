namespace TrialBot.Screening.Quantities;

/// <summary>
/// A length of time, held in days. Months and years are calendar averages (Gregorian: 365.2425 days a year),
/// which is exact enough for criteria measured in weeks and months.
/// </summary>
/// <param name="Days">The length in days; never negative.</param>
public readonly record struct Duration(double Days) : IComparable<Duration>
{
    /// <summary>Days in an average Gregorian year.</summary>
    public const double DaysPerYear = 365.2425;

    /// <summary>Days in an average Gregorian month (a twelfth of <see cref="DaysPerYear"/>).</summary>
    public const double DaysPerMonth = DaysPerYear / 12;

    /// <summary>Days in a week.</summary>
    public const double DaysPerWeek = 7;

    /// <summary>The length in weeks.</summary>
    public double Weeks => Days / DaysPerWeek;

    /// <summary>The length in average months.</summary>
    public double Months => Days / DaysPerMonth;

    /// <summary>The length in average years.</summary>
    public double Years => Days / DaysPerYear;

    /// <summary>A duration of <paramref name="days"/> days.</summary>
    public static Duration FromDays(double days) => new(RequireNonNegative(days, nameof(days)));

    /// <summary>A duration of <paramref name="weeks"/> weeks.</summary>
    public static Duration FromWeeks(double weeks) => new(RequireNonNegative(weeks, nameof(weeks)) * DaysPerWeek);

    /// <summary>A duration of <paramref name="months"/> average months.</summary>
    public static Duration FromMonths(double months) => new(RequireNonNegative(months, nameof(months)) * DaysPerMonth);

    /// <summary>A duration of <paramref name="years"/> average years.</summary>
    public static Duration FromYears(double years) => new(RequireNonNegative(years, nameof(years)) * DaysPerYear);

    /// <summary>The time from <paramref name="start"/> to <paramref name="today"/>; zero if the start is in the future.</summary>
    public static Duration Between(DateOnly start, DateOnly today) => new(Math.Max(0, today.DayNumber - start.DayNumber));

    /// <inheritdoc />
    public int CompareTo(Duration other) => Days.CompareTo(other.Days);

    /// <summary>Compares two durations.</summary>
    public static bool operator <(Duration left, Duration right) => left.Days < right.Days;

    /// <summary>Compares two durations.</summary>
    public static bool operator >(Duration left, Duration right) => left.Days > right.Days;

    /// <summary>Compares two durations.</summary>
    public static bool operator <=(Duration left, Duration right) => left.Days <= right.Days;

    /// <summary>Compares two durations.</summary>
    public static bool operator >=(Duration left, Duration right) => left.Days >= right.Days;

    private static double RequireNonNegative(double value, string name) =>
        double.IsFinite(value) && value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A duration is a finite, non-negative number.");
}
