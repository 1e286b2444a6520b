using System.Data.Common;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Sql;

/// <summary>Part of schema version 3: gives the referrals stored before it normalised contact details and their
/// person key, so that old and new screenings of one person group together.</summary>
internal static class ReferralBackfill
{
    /// <summary>Fills <c>person_key</c> (and normalises the contact) of every referral that has none.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The migration's transaction.</param>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when done.</returns>
    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, CancellationToken cancellationToken)
    {
        var rows = new List<(Guid Id, string? Phone, string? Email)>();
        await using (var select = connection.CreateCommand("SELECT id, contact_phone, contact_email FROM referral WHERE person_key = ''", transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((dialect.ReadId(reader, 0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        foreach (var (id, phone, email) in rows)
        {
            var normalisedPhone = ContactNormalizer.Phone(phone);
            var normalisedEmail = ContactNormalizer.Email(email);
            await using var update = connection.CreateCommand(
                    "UPDATE referral SET contact_phone = @phone, contact_email = @email, person_key = @person_key WHERE id = @id", transaction)
                .With("phone", normalisedPhone)
                .With("email", normalisedEmail)
                .With("person_key", ContactNormalizer.PersonKey(normalisedPhone, normalisedEmail))
                .With("id", dialect.Id(id));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
