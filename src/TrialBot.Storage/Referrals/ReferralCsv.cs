using System.Globalization;

namespace TrialBot.Storage.Referrals;

/// <summary>
/// Writes referrals as CSV for the study team, one row per referral with named columns: RFC 4180 (comma-separated,
/// CRLF line ends, a header row, fields quoted where needed) with a guard against spreadsheet formula injection (see
/// <see cref="CsvField"/>). Telephone numbers are written as <c>tel:+8613812345678</c> (RFC 3966), so every number
/// reads the same way and no spreadsheet turns one into a number or a formula. Each answer has two columns
/// (<c>answer.{question}.said</c>, <c>answer.{question}.understood</c>), each criterion two
/// (<c>criterion.{id}.status</c>, <c>criterion.{id}.reason</c>); the questions and criteria are those of the
/// referrals written, in the order first met. The answers to the study team's pre-call questions follow, one column each
/// (<c>precall.{id}</c>, as said; empty when skipped or not asked). Texts are in the language asked for; times are ISO 8601 in UTC. The
/// caller chooses the encoding (UTF-8 with a byte order mark opens correctly in spreadsheet programs).
/// </summary>
public static class ReferralCsv
{
    /// <summary>The fixed columns, in order, before the answers and criteria.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "person_key", "trial_id", "created_at", "consented_at", "site_id", "channel_id", "locale", "outcome_id",
        "look_again_requested", "status", "contacted_at", "contact_name", "contact_phone", "contact_email",
    ];

    /// <summary>The columns after the answers and criteria.</summary>
    public static IReadOnlyList<string> TrailingColumns { get; } = ["to_confirm", "history", "last_note"];

    /// <summary>Writes the header row and one row per referral, texts in English.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="referrals">The referrals, in the order to write them.</param>
    /// <param name="cancellationToken">Cancels the operation between rows.</param>
    /// <returns>A task that completes when every row is written.</returns>
    public static Task WriteAsync(TextWriter writer, IEnumerable<Referral> referrals, CancellationToken cancellationToken = default)
        => WriteAsync(writer, referrals, "en", cancellationToken);

    /// <summary>Writes the header row and one row per referral.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="referrals">The referrals, in the order to write them.</param>
    /// <param name="language"><c>en</c> or <c>zh</c>: the language of labels, readings and reasons.</param>
    /// <param name="cancellationToken">Cancels the operation between rows.</param>
    /// <returns>A task that completes when every row is written.</returns>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Referral> referrals, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(referrals);
        var rows = referrals.ToList();
        var questions = rows.SelectMany(referral => referral.Details.Answers.Select(answer => answer.QuestionId)).Distinct(StringComparer.Ordinal).ToList();
        var criteria = rows.SelectMany(referral => referral.Details.Criteria.Select(criterion => criterion.CriterionId))
            .Concat(rows.SelectMany(referral => referral.CriterionResults.Keys))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var preCall = rows.SelectMany(referral => referral.Details.PreCall.Select(answer => answer.QuestionId)).Distinct(StringComparer.Ordinal).ToList();
        string[] header =
        [
            .. Columns,
            .. questions.SelectMany(id => new[] { $"answer.{id}.said", $"answer.{id}.understood" }),
            .. criteria.SelectMany(id => new[] { $"criterion.{id}.status", $"criterion.{id}.reason" }),
            .. preCall,
            .. TrailingColumns,
        ];
        await WriteRowAsync(writer, header, cancellationToken).ConfigureAwait(false);
        foreach (var referral in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteRowAsync(writer, Fields(referral, questions, criteria, preCall, language), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The history in one line: each entry as time, actor, what changed and its note, separated by <c> | </c>.</summary>
    /// <param name="history">The entries, oldest first.</param>
    /// <returns>The summary; empty for no history.</returns>
    public static string HistorySummary(IEnumerable<ReferralEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return string.Join(" | ", history.Select(entry =>
        {
            var what = entry.Kind == ReferralEventKinds.StatusChange ? $"{entry.FromStatus} -> {entry.ToStatus}" : entry.Kind;
            return $"{Time(entry.At)} {entry.Actor}: {what}" + (string.IsNullOrWhiteSpace(entry.Note) ? string.Empty : $" ({entry.Note})");
        }));
    }

    private static string?[] Fields(Referral referral, List<string> questions, List<string> criteria, List<string> preCall, string language)
    {
        var preCallSaid = referral.Details.PreCall.ToDictionary(answer => answer.QuestionId, answer => answer.Said, StringComparer.Ordinal);
        var answers = referral.Details.Answers.ToDictionary(answer => answer.QuestionId, StringComparer.Ordinal);
        var judged = referral.Details.Criteria.ToDictionary(criterion => criterion.CriterionId, StringComparer.Ordinal);
        return
        [
            referral.Id.ToString("D"),
            referral.PersonKey,
            referral.TrialId,
            Time(referral.CreatedAt),
            Time(referral.ConsentedAt),
            referral.SiteId,
            referral.ChannelId,
            referral.Locale,
            referral.OutcomeId,
            referral.ReviewRequested ? "yes" : "no",
            referral.Status,
            referral.ContactedAt is { } contactedAt ? Time(contactedAt) : null,
            referral.ContactName,
            string.IsNullOrWhiteSpace(referral.ContactPhone) ? null : "tel:" + referral.ContactPhone.Replace(" ", string.Empty, StringComparison.Ordinal),
            referral.ContactEmail,
            .. questions.SelectMany(id => answers.TryGetValue(id, out var answer) ? new[] { answer.Said, answer.Understood.In(language) } : new string?[] { null, null }),
            .. criteria.SelectMany(id => judged.TryGetValue(id, out var criterion)
                ? new[] { criterion.Status, criterion.Reason.In(language) }
                : new[] { referral.CriterionResults.GetValueOrDefault(id), null }),
            .. preCall.Select(id => preCallSaid.GetValueOrDefault(id)),
            string.Join("; ", referral.Details.ToConfirm.Select(check => check.Label.In(language))),
            HistorySummary(referral.History),
            referral.History.LastOrDefault(entry => !string.IsNullOrWhiteSpace(entry.Note))?.Note,
        ];
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Task WriteRowAsync(TextWriter writer, IEnumerable<string?> fields, CancellationToken cancellationToken) =>
        writer.WriteAsync((string.Join(',', fields.Select(CsvField.Format)) + "\r\n").AsMemory(), cancellationToken);
}
