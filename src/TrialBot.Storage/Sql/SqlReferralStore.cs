using System.Data.Common;
using System.Text;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Storage.Sql;

/// <summary><see cref="IReferralStore"/> on a SQL database: table <c>referral</c> (the per-criterion results and the
/// details are JSON documents) and its append-only history, table <c>referral_event</c>.</summary>
internal sealed class SqlReferralStore(SqlDatabase database, TimeProvider timeProvider) : IReferralStore
{
    private const string Columns = """
        id, created_at, outcome_id, criterion_results, site_id, contact_name, contact_phone, contact_email,
        consented_at, locale, channel_id, conversation_key_hash, contacted_at,
        trial_id, person_key, status, review_requested, details
        """;

    private const string InsertSql = $"""
        INSERT INTO referral ({Columns})
        VALUES (@id, @created_at, @outcome_id, @criterion_results, @site_id, @contact_name, @contact_phone, @contact_email,
                @consented_at, @locale, @channel_id, @conversation_key_hash, @contacted_at,
                @trial_id, @person_key, @status, @review_requested, @details)
        ON CONFLICT (id) DO NOTHING
        """;

    private const string SelectSql = $"SELECT {Columns} FROM referral";

    private const string EventColumns = "referral_id, at, actor, kind, from_status, to_status, note";

    private const string InsertEventSql = """
        INSERT INTO referral_event (referral_id, seq, at, actor, kind, from_status, to_status, note)
        VALUES (@referral_id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM referral_event WHERE referral_id = @referral_id),
                @at, @actor, @kind, @from_status, @to_status, @note)
        """;

    private const string ChangeStatusSql = """
        UPDATE referral SET status = @to_status,
            contacted_at = CASE WHEN @to_status = 'contacted' THEN COALESCE(contacted_at, @now) ELSE contacted_at END
        WHERE id = @id AND status = @from_status
        """;

    private const string MarkContactedSql = "UPDATE referral SET contacted_at = COALESCE(contacted_at, @now) WHERE id = @id";

    private const string SelectDetailsSql = "SELECT details FROM referral WHERE id = @id AND conversation_key_hash = @hash";

    private const string UpdateDetailsSql = "UPDATE referral SET details = @details WHERE id = @id AND conversation_key_hash = @hash";

    private const string DeleteEventsForConversationSql =
        "DELETE FROM referral_event WHERE referral_id IN (SELECT id FROM referral WHERE conversation_key_hash = @hash)";

    private const string DeleteForConversationSql = "DELETE FROM referral WHERE conversation_key_hash = @hash";

    private SqlDialect Dialect => database.Dialect;

    public async Task AddAsync(Referral referral, CancellationToken cancellationToken = default)
    {
        var prepared = ReferralRules.Prepare(referral);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(InsertSql)
            .With("id", Dialect.Id(prepared.Id))
            .With("created_at", Dialect.Time(prepared.CreatedAt))
            .With("outcome_id", prepared.OutcomeId)
            .With("criterion_results", CriterionResultsJson.Write(prepared.CriterionResults))
            .With("site_id", prepared.SiteId)
            .With("contact_name", prepared.ContactName)
            .With("contact_phone", prepared.ContactPhone)
            .With("contact_email", prepared.ContactEmail)
            .With("consented_at", Dialect.Time(prepared.ConsentedAt))
            .With("locale", prepared.Locale)
            .With("channel_id", prepared.ChannelId)
            .With("conversation_key_hash", prepared.ConversationKeyHash)
            .With("contacted_at", prepared.ContactedAt is { } contactedAt ? Dialect.Time(contactedAt) : null)
            .With("trial_id", prepared.TrialId)
            .With("person_key", prepared.PersonKey)
            .With("status", prepared.Status)
            .With("review_requested", prepared.ReviewRequested)
            .With("details", ReferralDetailsJson.Write(prepared.Details));
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

        if (filter.Status is not null)
        {
            Where("status = @status", "status", filter.Status);
        }

        if (filter.ChannelId is not null)
        {
            Where("channel_id = @channel_id", "channel_id", filter.ChannelId);
        }

        if (filter.ReviewRequested is { } reviewRequested)
        {
            Where("review_requested = @review_requested", "review_requested", reviewRequested);
        }

        if (filter.PersonKey is not null)
        {
            Where("person_key = @person_key", "person_key", filter.PersonKey);
        }

        if (filter.TrialId is not null)
        {
            // One of the trials a referral is for: ",{id}," inside ",{trial_id},", as TrialIds.Includes reads it.
            if (filter.TrialId.Length == 0 || filter.TrialId.Contains(TrialIds.Separator, StringComparison.Ordinal))
            {
                conditions.Add("1 = 0");
            }
            else
            {
                Where(Dialect.Contains("',' || trial_id || ','", "@trial_id"), "trial_id", TrialIds.Separator + filter.TrialId + TrialIds.Separator);
            }
        }

        var sql = new StringBuilder(SelectSql);
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }

        command.CommandText = sql.Append(" ORDER BY created_at, id").ToString();
        var referrals = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return await WithHistoryAsync(connection, null, referrals, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Referral?> GetAsync(ReferralScope scope, Guid id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, scope, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> MarkContactedAsync(ReferralScope scope, Guid id, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var changed = await ChangeStatusAsync(scope, id, new StatusChange(ReferralStatuses.Contacted, actor, null), onlyFrom: ReferralStatuses.New, cancellationToken).ConfigureAwait(false);
        if (changed.Outcome != StatusChangeOutcome.NotAllowed)
        {
            return changed.Outcome == StatusChangeOutcome.Changed;
        }

        // Further on already: the first contact time is kept (set for referrals stored before the workflow).
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(MarkContactedSql)
            .With("id", Dialect.Id(id))
            .With("now", Dialect.Time(timeProvider.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public Task<StatusChangeResult> ChangeStatusAsync(ReferralScope scope, Guid id, StatusChange change, CancellationToken cancellationToken = default)
        => ChangeStatusAsync(scope, id, change, onlyFrom: null, cancellationToken);

    public async Task<Referral?> AddEventAsync(ReferralScope scope, Guid id, ReferralEvent entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ReferralRules.Check(entry);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (await FindAsync(connection, transaction, scope, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return null;
        }

        await InsertEventAsync(connection, transaction, id, entry with { FromStatus = null, ToStatus = null }, cancellationToken).ConfigureAwait(false);
        var updated = await FindAsync(connection, transaction, scope, id, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return updated;
    }

    public async Task<bool> SavePreCallAnswersAsync(Guid id, ConversationKey conversation, IReadOnlyList<ReferralPreCallAnswer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(answers);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        string? stored;
        await using (var select = connection.CreateCommand(SelectDetailsSql, transaction).With("id", Dialect.Id(id)).With("hash", conversation.Hash))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }

            stored = reader.IsDBNull(0) ? null : reader.GetString(0);
        }

        var details = ReferralDetailsJson.Read(stored) with { PreCall = [.. answers] };
        await using var update = connection.CreateCommand(UpdateDetailsSql, transaction)
            .With("id", Dialect.Id(id))
            .With("hash", conversation.Hash)
            .With("details", ReferralDetailsJson.Write(details));
        var changed = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    public async Task<int> DeleteForConversationAsync(ConversationKey conversation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var deleted = await DeleteForConversationAsync(connection, transaction, conversation, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <summary>Deletes the conversation's referrals and their history on an open connection, in a transaction if one is given.</summary>
    internal static async Task<int> DeleteForConversationAsync(
        DbConnection connection, DbTransaction? transaction, ConversationKey conversation, CancellationToken cancellationToken)
    {
        await using (var events = connection.CreateCommand(DeleteEventsForConversationSql, transaction).With("hash", conversation.Hash))
        {
            await events.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.CreateCommand(DeleteForConversationSql, transaction).With("hash", conversation.Hash);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<StatusChangeResult> ChangeStatusAsync(ReferralScope scope, Guid id, StatusChange change, string? onlyFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ReferralRules.Check(change);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        if (await FindAsync(connection, transaction, scope, id, cancellationToken).ConfigureAwait(false) is not { } referral)
        {
            return new StatusChangeResult(StatusChangeOutcome.NotFound, null, null);
        }

        if ((onlyFrom is not null && referral.Status != onlyFrom) || !ReferralWorkflow.Allows(referral.Status, change.ToStatus))
        {
            return new StatusChangeResult(StatusChangeOutcome.NotAllowed, referral, ReferralRules.Refusal(referral.Status, change.ToStatus));
        }

        var now = timeProvider.GetUtcNow();
        await using (var update = connection.CreateCommand(ChangeStatusSql, transaction)
            .With("to_status", change.ToStatus)
            .With("now", Dialect.Time(now))
            .With("id", Dialect.Id(id))
            .With("from_status", referral.Status))
        {
            if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                // Changed by someone else since it was read (PostgreSQL's read committed): refuse rather than guess.
                return new StatusChangeResult(StatusChangeOutcome.NotAllowed, referral, "The referral's status changed meanwhile; read it again.");
            }
        }

        var entry = new ReferralEvent(now, change.Actor, ReferralEventKinds.StatusChange, referral.Status, change.ToStatus, change.Note);
        await InsertEventAsync(connection, transaction, id, entry, cancellationToken).ConfigureAwait(false);
        var updated = await FindAsync(connection, transaction, scope, id, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StatusChangeResult(StatusChangeOutcome.Changed, updated, null);
    }

    private async Task InsertEventAsync(DbConnection connection, DbTransaction transaction, Guid id, ReferralEvent entry, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(InsertEventSql, transaction)
            .With("referral_id", Dialect.Id(id))
            .With("at", Dialect.Time(entry.At))
            .With("actor", entry.Actor)
            .With("kind", entry.Kind)
            .With("from_status", entry.FromStatus)
            .With("to_status", entry.ToStatus)
            .With("note", entry.Note);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<Referral?> FindAsync(DbConnection connection, DbTransaction? transaction, ReferralScope scope, Guid id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(SelectSql, transaction).With("id", Dialect.Id(id));
        command.CommandText = SelectSql + " WHERE id = @id" + (ScopeCondition.Add(command, scope) is { } inScope ? " AND " + inScope : string.Empty);
        var found = await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : (await WithHistoryAsync(connection, transaction, found, cancellationToken).ConfigureAwait(false))[0];
    }

    private async Task<IReadOnlyList<Referral>> WithHistoryAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyList<Referral> referrals, CancellationToken cancellationToken)
    {
        if (referrals.Count == 0)
        {
            return referrals;
        }

        // One query for the history of every referral listed (ids as parameters, in batches).
        var history = new Dictionary<Guid, List<ReferralEvent>>();
        foreach (var batch in referrals.Chunk(500))
        {
            await using var command = connection.CreateCommand(string.Empty, transaction);
            var names = new List<string>();
            for (var index = 0; index < batch.Length; index++)
            {
                var name = "r" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.With(name, Dialect.Id(batch[index].Id));
                names.Add("@" + name);
            }

            command.CommandText = $"SELECT {EventColumns} FROM referral_event WHERE referral_id IN ({string.Join(", ", names)}) ORDER BY referral_id, seq";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var referralId = Dialect.ReadId(reader, 0);
                var entry = new ReferralEvent(
                    Dialect.ReadTime(reader, 1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6));
                if (!history.TryGetValue(referralId, out var entries))
                {
                    history[referralId] = entries = [];
                }

                entries.Add(entry);
            }
        }

        return [.. referrals.Select(referral => history.TryGetValue(referral.Id, out var entries) ? referral with { History = entries } : referral)];
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
                TrialId = await reader.IsDBNullAsync(13, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(13),
                PersonKey = reader.GetString(14),
                Status = reader.GetString(15),
                ReviewRequested = reader.GetBoolean(16),
                Details = ReferralDetailsJson.Read(await reader.IsDBNullAsync(17, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(17)),
            });
        }

        return referrals;
    }
}
