using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using TrialBot.Screening.Scoring;
using TrialBot.Storage;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals;

/// <summary>
/// The query of <c>GET /api/referrals</c>: <c>site</c> (a site id), <c>outcome</c> (an outcome id), <c>from</c> and
/// <c>to</c> (a date such as <c>2025-03-31</c>, a UTC day; or a date and time such as <c>2025-03-31T18:00:00+08:00</c>;
/// both ends inclusive, <c>to</c> as a date covers the whole day), <c>status</c> (a workflow status), <c>channel</c>
/// (a channel id such as <c>sms</c>), <c>queue</c> (<c>look-again</c>: the requests to look at answers again;
/// <c>referrals</c>: the others), <c>person</c> (a person key: every screening of one person), <c>trial</c> (one trial
/// id: the referrals for that trial, those for several trials among them), <c>lang</c> (<c>en</c>
/// or <c>zh</c>: the language of a CSV file's texts) and <c>format</c> (<c>json</c>, the default, <c>csv</c> or
/// <c>fhir</c>). Every parameter is optional and given at most once; any other parameter is refused, so that a typo
/// cannot silently widen the list.
/// </summary>
/// <param name="Filter">Which referrals.</param>
/// <param name="Format">How to return them.</param>
/// <param name="Language">The language of the texts in a CSV file (<c>en</c> or <c>zh</c>).</param>
internal sealed record ReferralQuery(ReferralFilter Filter, ReferralExportFormat Format, string Language = "en")
{
    private const string SiteParameter = "site";
    private const string OutcomeParameter = "outcome";
    private const string FromParameter = "from";
    private const string ToParameter = "to";
    private const string FormatParameter = "format";
    private const string StatusParameter = "status";
    private const string ChannelParameter = "channel";
    private const string QueueParameter = "queue";
    private const string PersonParameter = "person";
    private const string TrialParameter = "trial";
    private const string LanguageParameter = "lang";

    private static readonly string[] Parameters =
        [SiteParameter, OutcomeParameter, FromParameter, ToParameter, StatusParameter, ChannelParameter, QueueParameter, PersonParameter, TrialParameter, LanguageParameter, FormatParameter];

    private static readonly string[] Formats = ["json", "csv", "fhir"];
    private static readonly string[] Queues = ["referrals", "look-again"];
    private static readonly string[] Languages = ["en", "zh"];
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>The outcome ids <c>outcome</c> accepts: the screening outcomes as the bot stores them
    /// (kebab case, as <see cref="ScreeningResult.OutcomeId"/> writes them).</summary>
    public static IReadOnlyList<string> OutcomeIds { get; } =
        [.. Enum.GetValues<ScreeningOutcome>().Select(outcome => JsonNamingPolicy.KebabCaseLower.ConvertName(outcome.ToString()))];

    /// <summary>Reads the query, or says which parameter is wrong and why.</summary>
    public static bool TryRead(IQueryCollection query, [NotNullWhen(true)] out ReferralQuery? read, [NotNullWhen(false)] out QueryProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reader = new Reader(query);
        reader.RefuseUnknown();
        var site = reader.Text(SiteParameter);
        var outcome = reader.OneOf(OutcomeParameter, OutcomeIds);
        var from = reader.Time(FromParameter);
        var to = reader.Time(ToParameter);
        var format = reader.OneOf(FormatParameter, Formats);
        var status = reader.OneOf(StatusParameter, ReferralStatuses.All);
        var channel = reader.Text(ChannelParameter);
        var queue = reader.OneOf(QueueParameter, Queues);
        var person = reader.Text(PersonParameter);
        var trial = reader.Text(TrialParameter);
        if (trial is not null && trial.Contains(TrialIds.Separator, StringComparison.Ordinal))
        {
            reader.Fail(TrialParameter, $"'{trial}' names several trials; give one trial id (a referral for several trials is listed under each).");
        }
        var language = reader.OneOf(LanguageParameter, Languages) ?? "en";

        // "to" is inclusive: the end of its day for a date, one microsecond (the finest time stored) after it otherwise.
        var before = to is { } end ? EndOf(end.Time, end.IsDate) : null;
        if (from is not null && before is not null && from.Value.Time >= before)
        {
            reader.Fail(FromParameter, $"'{query[FromParameter]}' is after 'to' ('{query[ToParameter]}').");
        }

        problem = reader.Problem;
        read = problem is null
            ? new ReferralQuery(
                new ReferralFilter
                {
                    SiteId = site,
                    OutcomeId = outcome,
                    CreatedFrom = from?.Time,
                    CreatedBefore = before,
                    Status = status,
                    ChannelId = channel,
                    ReviewRequested = queue switch { "look-again" => true, "referrals" => false, _ => null },
                    PersonKey = person,
                    TrialId = trial,
                },
                format switch { "csv" => ReferralExportFormat.Csv, "fhir" => ReferralExportFormat.Fhir, _ => ReferralExportFormat.Json },
                language)
            : null;
        return problem is null;
    }

    // The exclusive upper bound for an inclusive end; none at the end of the calendar.
    private static DateTimeOffset? EndOf(DateTimeOffset time, bool isDate)
    {
        var span = isDate ? TimeSpan.FromDays(1) : TimeSpan.FromMicroseconds(1);
        return DateTimeOffset.MaxValue - time > span ? time + span : null;
    }

    /// <summary>Reads parameters one by one, keeping the first problem.</summary>
    private sealed class Reader(IQueryCollection query)
    {
        public QueryProblem? Problem { get; private set; }

        public void Fail(string parameter, string message) => Problem ??= new QueryProblem(parameter, message);

        public void RefuseUnknown()
        {
            foreach (var name in query.Keys.Where(name => !Parameters.Contains(name, StringComparer.OrdinalIgnoreCase)))
            {
                Fail(name, $"is not a parameter of this list; use {string.Join(", ", Parameters)}.");
            }
        }

        public string? Text(string parameter)
        {
            var values = query[parameter];
            if (values.Count > 1)
            {
                Fail(parameter, "give it at most once.");
                return null;
            }

            var value = values.ToString().Trim();
            return value.Length == 0 ? null : value;
        }

        public string? OneOf(string parameter, IReadOnlyList<string> allowed)
        {
            var value = Text(parameter);
            if (value is null)
            {
                return null;
            }

            var match = allowed.FirstOrDefault(candidate => string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                Fail(parameter, $"'{value}' is not one of {string.Join(", ", allowed)}.");
            }

            return match;
        }

        public (DateTimeOffset Time, bool IsDate)? Time(string parameter)
        {
            // An unencoded '+' of an offset arrives as a space.
            var value = Text(parameter)?.Replace(' ', '+');
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), true);
            }

            if (DateTimeOffset.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                return (time, false);
            }

            Fail(parameter, $"'{value}' is not a date (2025-03-31, a UTC day) or a date and time (2025-03-31T18:00:00+08:00).");
            return null;
        }
    }
}
