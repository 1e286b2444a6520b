using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using TrialBot.Host.Referrals;
using TrialBot.Storage;

namespace TrialBot.Host.Coordinators.Dashboard;

/// <summary>
/// The query of <c>GET /coordinators/api/dashboard</c>: <c>from</c> and <c>to</c> (UTC days such as <c>2026-11-01</c>,
/// both inclusive; by default the last 30 days), <c>channel</c>, <c>language</c> (<c>en</c> or <c>zh</c>), <c>site</c> and
/// <c>trial</c> (one trial id: the screenings and referrals for it, those for several trials among them). Every parameter
/// is optional; any other is refused, a span over 366 days too.
/// </summary>
internal sealed record DashboardQuery(DateTimeOffset From, DateTimeOffset Before, string? Channel, string? Language, string? Site, string? Trial)
{
    /// <summary>The longest span one dashboard covers.</summary>
    public const int MaxDays = 366;

    private const int DefaultDays = 30;

    private static readonly string[] Parameters = ["from", "to", "channel", "language", "site", "trial"];

    /// <summary>Reads the query, or says which parameter is wrong and why.</summary>
    public static bool TryRead(IQueryCollection query, DateTimeOffset now, [NotNullWhen(true)] out DashboardQuery? read, [NotNullWhen(false)] out QueryProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(query);
        read = null;
        problem = null;
        foreach (var key in query.Keys)
        {
            if (!Parameters.Contains(key, StringComparer.Ordinal))
            {
                problem = new QueryProblem(key, $"'{key}' is not a parameter of the dashboard; use {string.Join(", ", Parameters)}.");
                return false;
            }

            if (query[key].Count > 1)
            {
                problem = new QueryProblem(key, $"'{key}' is given more than once.");
                return false;
            }
        }

        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        if (!TryDay(query, "to", today, out var to, out var toProblem))
        {
            problem = toProblem;
            return false;
        }

        if (!TryDay(query, "from", to.AddDays(1 - DefaultDays), out var from, out var fromProblem))
        {
            problem = fromProblem;
            return false;
        }

        if (from > to)
        {
            problem = new QueryProblem("from", $"'{from:yyyy-MM-dd}' is after 'to' ('{to:yyyy-MM-dd}').");
            return false;
        }

        if ((to - from).TotalDays >= MaxDays)
        {
            problem = new QueryProblem("from", $"the dashboard covers at most {MaxDays} days.");
            return false;
        }

        var language = Text(query, "language");
        if (language is not (null or "en" or "zh"))
        {
            problem = new QueryProblem("language", $"'{language}' is not one of en, zh.");
            return false;
        }

        var trial = Text(query, "trial");
        if (trial is not null && trial.Contains(TrialIds.Separator, StringComparison.Ordinal))
        {
            problem = new QueryProblem("trial", $"'{trial}' names several trials; give one trial id.");
            return false;
        }

        read = new DashboardQuery(from, to.AddDays(1), Text(query, "channel"), language, Text(query, "site"), trial);
        return true;
    }

    /// <summary>The days covered, oldest first.</summary>
    public IEnumerable<DateTimeOffset> Days()
    {
        for (var day = From; day < Before; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static string? Text(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;

    private static bool TryDay(IQueryCollection query, string name, DateTimeOffset fallback, out DateTimeOffset day, [NotNullWhen(false)] out QueryProblem? problem)
    {
        problem = null;
        day = fallback;
        if (Text(query, name) is not { } text)
        {
            return true;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            day = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }

        problem = new QueryProblem(name, $"'{text}' is not a date such as 2026-11-24.");
        return false;
    }
}
