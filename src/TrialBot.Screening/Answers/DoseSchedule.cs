namespace TrialBot.Screening.Answers;

/// <summary>
/// How a corticosteroid dose is given, as the person said it: the amount of one intake, how often, the route, and
/// whether it is a one-off pulse of some days rather than a regular dose. The daily equivalent of a regular dose is the
/// intake × <see cref="PerDay"/> (every other day ½, weekly 1/7, twice a day 2).
/// </summary>
/// <param name="IntakeMg">Milligrams of the medicine itself in one intake.</param>
/// <param name="Intakes">Intakes in each interval (2 for "twice a day").</param>
/// <param name="IntervalDays">The interval in days (1 daily, 2 every other day, 7 weekly, 30.44 monthly).</param>
public sealed record DoseSchedule(double IntakeMg, double Intakes, double IntervalDays)
{
    /// <summary>How the dose is given; <see cref="DoseRoute.Unstated"/> when the answer does not say.</summary>
    public DoseRoute Route { get; init; }

    /// <summary>True for a one-off pulse ("methylprednisolone 500 mg for 3 days", 甲强龙冲击): not a regular dose.</summary>
    public bool Pulse { get; init; }

    /// <summary>True when the answer said how often; false when once a day was assumed ("Kenalog 40 mg shot").</summary>
    public bool FrequencyStated { get; init; }

    /// <summary>For a pulse or any course of a stated length: its days; null when not said.</summary>
    public int? CourseDays { get; init; }

    /// <summary>The per-day factor of the intake: intakes ÷ interval in days.</summary>
    public double PerDay => IntervalDays > 0 ? Intakes / IntervalDays : 0;

    /// <summary>
    /// True when the dose is an oral daily regimen as the listing's dose rule means it: not injected, not a pulse or a
    /// course of some days, and taken at least every other day (a weekly or monthly steroid is a depot injection).
    /// A regimen whose route is unstated reads as oral: a steroid taken every day at home is a tablet.
    /// </summary>
    public bool IsOralDailyRegimen => Route != DoseRoute.Injected && !Pulse && CourseDays is null && IntervalDays <= MaxOralIntervalDays;

    /// <summary>The longest interval of an oral regimen, in days (every other day).</summary>
    public const double MaxOralIntervalDays = 2;
}
