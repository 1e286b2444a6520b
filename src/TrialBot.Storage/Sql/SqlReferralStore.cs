using System.Data.Common;
using System.Text;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Sql;

/// <summary><see cref="IReferralStore"/> on a SQL database, table <c>referral</c>; the per-criterion results are a
/// JSON object in <c>criterion_results</c>.</summary>
internal sealed class SqlReferralStore(SqlDatabase database, TimeProvider timeProvider) : IReferralStore
{
    private const string Columns = """
        id, created_at, outcome_id, criterion_results, site_id, contact_name, contact_phone, contact_email,
        consented_at, locale, channel_id, conversation_key_hash, contacted_at
        """;

    private const string InsertSql = $"""
        INSERT INTO referral ({Columns})
        VALUES (@id, @created_at, @outcome_id, @criterion_results, @site_id, @contact_name, @contact_phone, @contact_email,
                @consented_at, @locale, @channel_id, @conversation_key_hash, @contacted_at)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectSql = $"SELECT {Columns} FROM referral";

    private const string MarkContactedSql = "UPDATE referral SET contacted_at = COALESCE(contacted_at, @now) WHERE id = @id";

    private const string DeleteForConversationSql = "DELETE FROM referral WHERE conversation_key_hash = @hash";

    private SqlDialect Dialect => database.Dialect;

    public async Task AddAsync(Referral referral, CancellationToken cancellationToken = default)
    {
        ReferralRules.Check(referral);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(InsertSql)
            .With("id", Dialect.Id(referral.Id))
            .With("created_at", Dialect.Time(referral.CreatedAt))
            .With("outcome_id", referral.OutcomeId)
            .With("criterion_results", CriterionResultsJson.Write(referral.CriterionResults))
            .With("site_id", referral.SiteId)
            .With("contact_name", referral.ContactName)
            .With("contact_phone", referral.ContactPhone)
            .With("contact_email", referral.ContactEmail)
            .With("consented_at", Dialect.Time(referral.ConsentedAt))
            .With("locale", referral.Locale)
            .With("channel_id", referral.ChannelId)
            .With("conversation_key_hash", referral.ConversationKeyHash)
            .With("contacted_at", referral.ContactedAt is { } contactedAt ? Dialect.Time(contactedAt) : null);
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new InvalidOperationException($"A referral with id {referral.Id} already exists.");
        }
    }

    public async Task<IReadOnlyList<Referral>> ListAsync(ReferralScope scope, ReferralFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(SelectSql);
        var conditions = new List<string>();
        void Where(string condition, string parameter, object value)
        {
            conditions.Add(condition);
            command.With(parameter, value);
        }

        if (ScopeCondition.Add(command, scope) is { } inScope)
        {
            conditions.Add(inScope);
        }

        if (filter.SiteId is not null)
        {
            Where("site_id = @site_id", "site_id", filter.SiteId);
        }

        if (filter.OutcomeId is not null)
        {
            Where("outcome_id = @outcome_id", "outcome_id", filter.OutcomeId);
        }

        if (filter.CreatedFrom is { } from)
        {
            Where("created_at >= @created_from", "created_from", Dialect.Time(from));
        }

        if (filter.CreatedBefore is { } before)
        {
            Where("created_at < @created_before", "created_before", Dialect.Time(before));
        }

        var sql = new StringBuilder(SelectSql);
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }

        command.CommandText = sql.Append(" ORDER BY created_at, id").ToString();
        return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Referral?> GetAsync(ReferralScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(SelectSql).With("id", Dialect.Id(id));
        command.CommandText = SelectSql + " WHERE id = @id" + (ScopeCondition.Add(command, scope) is { } inScope ? " AND " + inScope : string.Empty);
        var found = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<bool> MarkContactedAsync(ReferralScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(MarkContactedSql)
            .With("id", Dialect.Id(id))
            .With("now", Dialect.Time(timeProvider.GetUtcNow()));
        command.CommandText = MarkContactedSql + (ScopeCondition.Add(command, scope) is { } inScope ? " AND " + inScope : string.Empty);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<int> DeleteForConversationAsync(ConversationKey conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await DeleteForConversationAsync(connection, null, conversation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the conversation's referrals on an open connection, in a transaction if one is given.</summary>
    internal static async Task<int> DeleteForConversationAsync(
        DbConnection connection, DbTransaction? transaction, ConversationKey conversation, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(DeleteForConversationSql, transaction).With("hash", conversation.Hash);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<Referral>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var referrals = new List<Referral>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            referrals.Add(new Referral
            {
                Id = Dialect.ReadId(reader, 0),
                CreatedAt = Dialect.ReadTime(reader, 1),
                OutcomeId = reader.GetString(2),
                CriterionResults = CriterionResultsJson.Read(reader.GetString(3)),
                SiteId = reader.GetString(4),
                ContactName = reader.GetString(5),
                ContactPhone = await reader.IsDBNullAsync(6, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(6),
                ContactEmail = await reader.IsDBNullAsync(7, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(7),
                ConsentedAt = Dialect.ReadTime(reader, 8),
                Locale = reader.GetString(9),
                ChannelId = reader.GetString(10),
                ConversationKeyHash = reader.GetString(11),
                ContactedAt = await reader.IsDBNullAsync(12, cancellationToken).ConfigureAwait(false) ? null : Dialect.ReadTime(reader, 12),
            });
        }

        return referrals;
    }
}
