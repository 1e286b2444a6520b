using System.Globalization;
using System.Text.RegularExpressions;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>Reads an ISO 8601 duration timex of the date-time model ("P6M", "P0.5Y", "P2Y3M", "P12W", "PT5H").</summary>
internal static partial class TimexDuration
{
    private const double HoursPerDay = 24;
    private const double MinutesPerDay = 24 * 60;
    private const double SecondsPerDay = 24 * 60 * 60;

    /// <summary>The duration of <paramref name="timex"/>; false when it is not a duration this reader knows.</summary>
    public static bool TryParse(string? timex, out Duration duration)
    {
        duration = default;
        var match = timex is null ? null : Pattern().Match(timex);
        if (match is not { Success: true } || match.Length <= 1 || match.Value == "PT")
        {
            return false;
        }

        var days = Part(match, "y") * Duration.DaysPerYear
            + Part(match, "mo") * Duration.DaysPerMonth
            + Part(match, "w") * Duration.DaysPerWeek
            + Part(match, "d")
            + (Part(match, "h") / HoursPerDay)
            + (Part(match, "mi") / MinutesPerDay)
            + (Part(match, "s") / SecondsPerDay);
        if (!double.IsFinite(days))
        {
            return false;
        }

        duration = Duration.FromDays(days);
        return true;
    }

    private static double Part(Match match, string name) =>
        match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d+(?:\.\d+)?)Y)?(?:(?<mo>\d+(?:\.\d+)?)M)?(?:(?<w>\d+(?:\.\d+)?)W)?(?:(?<d>\d+(?:\.\d+)?)D)?(?:T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<mi>\d+(?:\.\d+)?)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$")]
    private static partial Regex Pattern();
}
