using System.Globalization;

namespace TrialBot.Storage.Referrals;

/// <summary>
/// Writes referrals as CSV for the study team: RFC 4180 (comma-separated, CRLF line ends, a header row, fields quoted
/// where needed) with a guard against spreadsheet formula injection (see <see cref="CsvField"/>); so a telephone number
/// such as <c>+86…</c> is written as <c>'+86…</c>. Times are ISO 8601 in UTC. The caller chooses the encoding (UTF-8
/// with a byte order mark opens correctly in spreadsheet programs, Chinese names included).
/// </summary>
public static class ReferralCsv
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "created_at", "outcome_id", "site_id", "contact_name", "contact_phone", "contact_email",
        "consented_at", "locale", "channel_id", "contacted_at", "criterion_results",
    ];

    /// <summary>Writes the header row and one row per referral.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="referrals">The referrals, in the order to write them.</param>
    /// <param name="cancellationToken">Cancels the operation between rows.</param>
    /// <returns>A task that completes when every row is written.</returns>
    public static async Task WriteAsync(TextWriter writer, IEnumerable<Referral> referrals, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(referrals);
        await WriteRowAsync(writer, Columns, cancellationToken).ConfigureAwait(false);
        foreach (var referral in referrals)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteRowAsync(writer, Fields(referral), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string?[] Fields(Referral referral) =>
    [
        referral.Id.ToString("D"),
        Time(referral.CreatedAt),
        referral.OutcomeId,
        referral.SiteId,
        referral.ContactName,
        referral.ContactPhone,
        referral.ContactEmail,
        Time(referral.ConsentedAt),
        referral.Locale,
        referral.ChannelId,
        referral.ContactedAt is { } contactedAt ? Time(contactedAt) : null,
        CriterionResultsJson.Write(referral.CriterionResults),
    ];

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static Task WriteRowAsync(TextWriter writer, IEnumerable<string?> fields, CancellationToken cancellationToken) =>
        writer.WriteAsync((string.Join(',', fields.Select(CsvField.Format)) + "\r\n").AsMemory(), cancellationToken);
}
