using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Durations;

/// <summary>
/// Turns one result of the date-time model into the time elapsed up to today, never overstating it:
/// a date is measured from itself ("3 years ago" → 2023-11-24); a period is measured from its LAST day, the latest the
/// event can have happened ("in 2019" and "since 2019" → from 2019-12-31, "in March 2021" → from 2021-03-31,
/// "before 2020" → from 2019-12-31); a period that has not ended yet ("this year") gives zero; a length of time is
/// itself ("7 months", "more than 3 years" → 3 years). Of several readings of a date without a year ("March"), the most
/// recent one not in the future is taken.
/// </summary>
internal static partial class ElapsedTimeResolver
{
    /// <summary>The elapsed time, <see cref="RecognitionProblem.OutOfRange"/> for a date or period wholly in the future,
    /// <see cref="RecognitionProblem.Ambiguous"/> for what gives only an upper bound ("less than 6 months", "after 2020")
    /// or cannot be placed ("last summer").</summary>
    public static Recognition<Duration> Resolve(ModelResult result, DateOnly today)
    {
        var values = Values(result);
        var kind = result.TypeName?.Split('.').LastOrDefault();
        return kind switch
        {
            "duration" => FromDuration(values.FirstOrDefault()),
            "date" or "datetime" or "daterange" => FromDates(values, today),
            _ => Recognition.NotUnderstood<Duration>(RecognitionProblem.Ambiguous),
        };
    }

    private static Recognition<Duration> FromDuration(IReadOnlyDictionary<string, string>? value)
    {
        if (value is null || value.GetValueOrDefault("Mod") == "less" || !TimexDuration.TryParse(value.GetValueOrDefault("timex"), out var duration))
        {
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.Ambiguous);
        }

        return Recognition.Of(duration);
    }

    private static Recognition<Duration> FromDates(IReadOnlyList<IReadOnlyDictionary<string, string>> values, DateOnly today)
    {
        var spans = values.Select(PossibleDates).OfType<(DateOnly Earliest, DateOnly Latest)>().ToList();
        if (spans.Count == 0)
        {
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.Ambiguous);
        }

        var past = spans.Where(s => s.Earliest <= today).ToList();
        if (past.Count == 0)
        {
            return Recognition.NotUnderstood<Duration>(RecognitionProblem.OutOfRange);
        }

        var latest = past.Max(s => s.Latest);
        return Recognition.Of(Duration.Between(latest, today));
    }

    /// <summary>The earliest and latest day the event can have happened on, by one resolution value; null when unknown.</summary>
    private static (DateOnly Earliest, DateOnly Latest)? PossibleDates(IReadOnlyDictionary<string, string> value)
    {
        var mod = value.GetValueOrDefault("Mod");
        if (mod == "after")
        {
            return null;
        }

        if (value.GetValueOrDefault("type") is "date" or "datetime")
        {
            return Day(value.GetValueOrDefault("value")) is { } day ? (day, day) : null;
        }

        var start = Day(value.GetValueOrDefault("start"));
        var end = Day(value.GetValueOrDefault("end")) ?? (start is { } s ? EndOfPeriod(s, value.GetValueOrDefault("timex")) : null);
        if (end is not { } exclusiveEnd || exclusiveEnd == DateOnly.MinValue)
        {
            return null;
        }

        var latest = exclusiveEnd.AddDays(-1);
        return (mod == "before" ? DateOnly.MinValue : start ?? latest, latest);
    }

    /// <summary>The day after a period given by its start and its timex: a year ("2019"), a month ("2019-03", "XXXX-03") or a day.</summary>
    private static DateOnly? EndOfPeriod(DateOnly start, string? timex) => timex switch
    {
        null => null,
        _ when start.Year == DateOnly.MaxValue.Year => null,
        _ when YearTimex().IsMatch(timex) => start.AddYears(1),
        _ when MonthTimex().IsMatch(timex) => start.AddMonths(1),
        _ when DayTimex().IsMatch(timex) => start.AddDays(1),
        _ => null,
    };

    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static List<IReadOnlyDictionary<string, string>> Values(ModelResult result) =>
        result.Resolution?.GetValueOrDefault("values") is IEnumerable<Dictionary<string, string>> values
            ? values.Select(v => (IReadOnlyDictionary<string, string>)v).ToList()
            : [];

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearTimex();

    [GeneratedRegex(@"^(?:\d{4}|XXXX)-\d{2}$")]
    private static partial Regex MonthTimex();

    [GeneratedRegex(@"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")]
    private static partial Regex DayTimex();
}
