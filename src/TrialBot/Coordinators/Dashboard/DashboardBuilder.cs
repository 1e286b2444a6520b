using TrialBot.Screening.Definition;
using TrialBot.Storage;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Coordinators.Dashboard;

/// <summary>
/// Counts the dashboard's figures from stored data: the funnel's events (screenings, questions reached, re-asks,
/// outcomes; no answers) and the referrals of the caller's sites with their history. Funnel events carry a site only
/// once a person picked one: events of another site than the caller's are left out, events without a site are counted
/// for every coordinator (they are counts of anonymous screenings). With several trials screened for at once, an event
/// carries the trials of its screening (<see cref="TrialIds"/>): the trial filter keeps the screenings and referrals for
/// that trial (those for several trials among them), the outcomes are then that trial's own
/// (<see cref="FunnelEventKinds.TrialOutcome"/>), and the split by trial counts a screening under each of its trials.
/// </summary>
internal sealed class DashboardBuilder(TrialDefinition definition)
{
    /// <summary>The histogram's bounds of time to first contact, in hours, with their labels.</summary>
    private static readonly (double UpToHours, string Label)[] ContactBuckets =
        [(24, "<1d"), (72, "1-3d"), (168, "3-7d"), (double.MaxValue, ">7d")];

    /// <summary>Builds the report.</summary>
    /// <param name="query">The period and filters.</param>
    /// <param name="scope">The caller's sites.</param>
    /// <param name="events">The funnel's events of the period.</param>
    /// <param name="referrals">The referrals of the period, already kept to <paramref name="scope"/>.</param>
    /// <returns>The report.</returns>
    public DashboardReport Build(DashboardQuery query, ReferralScope scope, IReadOnlyList<FunnelEvent> events, IReadOnlyList<Referral> referrals)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(referrals);
        var kept = events.Where(entry => Keeps(query, scope, entry)).ToList();
        var keptReferrals = referrals.Where(referral => Keeps(query, referral)).ToList();
        return new DashboardReport(
            DateOnly.FromDateTime(query.From.UtcDateTime),
            DateOnly.FromDateTime(query.Before.UtcDateTime.AddDays(-1)),
            PerDay(query, kept),
            Count(Outcomes(query, kept).Select(entry => entry.OutcomeId ?? "unknown")),
            Funnel(kept),
            Breakdowns(kept, entry => [entry.ChannelId]),
            Breakdowns(kept, entry => [entry.Language]),
            Breakdowns(kept, entry => TrialsOf(query, entry)),
            Count(keptReferrals.Select(referral => referral.SiteId)),
            [.. ReferralStatuses.All.Select(status => new KeyCount(status, keptReferrals.Count(referral => referral.Status == status)))],
            FirstContact(keptReferrals));
    }

    private static bool Keeps(DashboardQuery query, ReferralScope scope, FunnelEvent entry) =>
        (entry.SiteId is null || scope.Allows(entry.SiteId))
        && (query.Channel is null || entry.ChannelId == query.Channel)
        && (query.Language is null || entry.Language == query.Language)
        && (query.Trial is null || TrialIds.Includes(entry.TrialId, query.Trial))
        && (query.Site is null || entry.SiteId is null || entry.SiteId == query.Site);

    private static bool Keeps(DashboardQuery query, Referral referral) =>
        (query.Channel is null || referral.ChannelId == query.Channel)
        && (query.Language is null || referral.Locale.StartsWith(query.Language, StringComparison.OrdinalIgnoreCase))
        && (query.Trial is null || TrialIds.Includes(referral.TrialId, query.Trial))
        && (query.Site is null || referral.SiteId == query.Site);

    /// <summary>
    /// The outcomes counted: each screening's (what the person was told); for one trial, that trial's own: the outcome of
    /// a screening for it alone, or its <see cref="FunnelEventKinds.TrialOutcome"/> in a screening for several.
    /// </summary>
    private static IEnumerable<FunnelEvent> Outcomes(DashboardQuery query, List<FunnelEvent> events) => query.Trial is null
        ? events.Where(entry => entry.Kind == FunnelEventKinds.Completed)
        : events.Where(entry => entry.Kind == FunnelEventKinds.TrialOutcome || (entry.Kind == FunnelEventKinds.Completed && TrialIds.Split(entry.TrialId).Count <= 1));

    /// <summary>The trials an event counts for in the split by trial: each of its screening's (only the one filtered on).</summary>
    private static IEnumerable<string> TrialsOf(DashboardQuery query, FunnelEvent entry)
    {
        var trials = TrialIds.Split(entry.TrialId);
        return trials.Count == 0 ? ["unknown"] : trials.Where(trial => query.Trial is null || trial == query.Trial);
    }

    private static List<DayCount> PerDay(DashboardQuery query, List<FunnelEvent> events) =>
        [.. query.Days().Select(day => new DayCount(
            DateOnly.FromDateTime(day.UtcDateTime),
            events.Count(entry => entry.Kind == FunnelEventKinds.Started && entry.At >= day && entry.At < day.AddDays(1)),
            events.Count(entry => entry.Kind == FunnelEventKinds.Completed && entry.At >= day && entry.At < day.AddDays(1))))];

    private static List<KeyCount> Count(IEnumerable<string> keys) =>
        [.. keys.GroupBy(key => key, StringComparer.Ordinal).Select(group => new KeyCount(group.Key, group.Count())).OrderByDescending(count => count.Count).ThenBy(count => count.Key, StringComparer.Ordinal)];

    private List<FunnelStep> Funnel(List<FunnelEvent> events)
    {
        var reached = events.Where(entry => entry.Kind == FunnelEventKinds.QuestionReached && entry.QuestionId is not null)
            .GroupBy(entry => entry.QuestionId!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(entry => entry.SessionId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var reasks = events.Where(entry => entry.Kind == FunnelEventKinds.Reasked && entry.QuestionId is not null)
            .GroupBy(entry => entry.QuestionId!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        // Where each screening not completed stopped: the last question it reached.
        var stopped = events.GroupBy(entry => entry.SessionId, StringComparer.Ordinal)
            .Where(session => !session.Any(entry => entry.Kind == FunnelEventKinds.Completed))
            .Select(session => session.LastOrDefault(entry => entry.Kind == FunnelEventKinds.QuestionReached)?.QuestionId)
            .OfType<string>()
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

        return [.. definition.Questions.Select(question => new FunnelStep(
            question.Id,
            new ReferralText(question.Label.En, question.Label.Zh),
            reached.GetValueOrDefault(question.Id),
            stopped.GetValueOrDefault(question.Id),
            reasks.GetValueOrDefault(question.Id)))];
    }

    private static List<Breakdown> Breakdowns(List<FunnelEvent> events, Func<FunnelEvent, IEnumerable<string>> keysOf) =>
        [.. events.SelectMany(entry => keysOf(entry).Select(key => (Key: key, Entry: entry)))
            .GroupBy(pair => pair.Key, pair => pair.Entry, StringComparer.Ordinal)
            .Select(group => new Breakdown(
                group.Key,
                group.Count(entry => entry.Kind == FunnelEventKinds.Started),
                group.Count(entry => entry.Kind == FunnelEventKinds.Completed),
                group.Count(entry => entry.Kind == FunnelEventKinds.Referred)))
            .OrderBy(breakdown => breakdown.Key, StringComparer.Ordinal)];

    private static FirstContactSummary FirstContact(List<Referral> referrals)
    {
        var hours = new List<double>();
        var waiting = 0;
        foreach (var referral in referrals)
        {
            var first = referral.History
                .Where(entry => entry.Kind == ReferralEventKinds.ContactAttempt || (entry.Kind == ReferralEventKinds.StatusChange && entry.FromStatus == ReferralStatuses.New))
                .Select(entry => (DateTimeOffset?)entry.At)
                .Min() ?? referral.ContactedAt;
            if (first is { } at)
            {
                hours.Add(Math.Max(0, (at - referral.CreatedAt).TotalHours));
            }
            else
            {
                waiting++;
            }
        }

        hours.Sort();
        double? median = hours.Count == 0 ? null
            : hours.Count % 2 == 1 ? hours[hours.Count / 2]
            : (hours[(hours.Count / 2) - 1] + hours[hours.Count / 2]) / 2;
        var lower = 0d;
        var buckets = new List<KeyCount>();
        foreach (var (upTo, label) in ContactBuckets)
        {
            var from = lower;
            buckets.Add(new KeyCount(label, hours.Count(value => value >= from && value < upTo)));
            lower = upTo;
        }

        return new FirstContactSummary(hours.Count, waiting, median is { } value ? Math.Round(value, 1) : null, buckets);
    }
}
