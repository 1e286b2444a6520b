using System.Data.Common;
using System.Globalization;
using TrialBot.Storage.DirectLine;

namespace TrialBot.Storage.Sql;

/// <summary>
/// <see cref="IDirectLineStore"/> on a SQL database, tables <c>directline_conversation</c> and
/// <c>directline_activity</c>. An activity's number comes from incrementing its conversation's row in the same write
/// transaction that stores it, so instances appending to one conversation at once never share a number.
/// </summary>
internal sealed class SqlDirectLineStore(SqlDatabase database) : IDirectLineStore
{
    private const string Columns = "conversation_id, user_id, locale, last_used_at, person_spoke, last_sequence, origin";

    private const string ExpiredCondition = "last_used_at < @idle_before OR (person_spoke = 0 AND last_used_at < @silent_before)";

    public async Task<DirectLineOpenResult> OpenAsync(DirectLineConversationRecord conversation, DirectLineLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(limits);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var existing = await FindAsync(connection, transaction, conversation.ConversationId, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new DirectLineOpenResult(DirectLineOpenOutcome.Existing, existing);
        }

        if (await CountAsync(connection, transaction, cancellationToken).ConfigureAwait(false) >= limits.MaxConversations)
        {
            await RemoveExpiredAsync(connection, transaction, limits, cancellationToken).ConfigureAwait(false);
            if (await CountAsync(connection, transaction, cancellationToken).ConfigureAwait(false) >= limits.MaxConversations
                && !await RemoveLeastRecentlyUsedSilentAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
            {
                return new DirectLineOpenResult(DirectLineOpenOutcome.Full, null);
            }
        }

        await using (var insert = connection.CreateCommand(
                $"INSERT INTO directline_conversation ({Columns}) VALUES (@id, @user, @locale, @now, 0, 0, @origin) ON CONFLICT (conversation_id) DO NOTHING",
                transaction)
            .With("id", conversation.ConversationId)
            .With("user", conversation.UserId)
            .With("locale", conversation.Locale)
            .With("now", database.Dialect.Time(conversation.LastUsed))
            .With("origin", conversation.Origin))
        {
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                // Another instance opened it a moment ago.
                var raced = await FindAsync(connection, transaction, conversation.ConversationId, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new DirectLineOpenResult(DirectLineOpenOutcome.Existing, raced);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new DirectLineOpenResult(DirectLineOpenOutcome.Created, conversation with { PersonSpoke = false, LastSequence = 0 });
    }

    public async Task<DirectLineConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, conversationId, cancellationToken).ConfigureAwait(false);
    }

    public async Task TouchAsync(string conversationId, DateTimeOffset now, bool personSpoke, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand("""
                UPDATE directline_conversation
                SET last_used_at = CASE WHEN last_used_at < @now THEN @now ELSE last_used_at END,
                    person_spoke = CASE WHEN @spoke = 1 THEN 1 ELSE person_spoke END
                WHERE conversation_id = @id
                """)
            .With("now", database.Dialect.Time(now))
            .With("spoke", personSpoke ? 1 : 0)
            .With("id", conversationId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<long?> AppendAsync(string conversationId, Func<long, string> serialize, int keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serialize);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        long sequence;
        await using (var next = connection.CreateCommand(
                "UPDATE directline_conversation SET last_sequence = last_sequence + 1 WHERE conversation_id = @id RETURNING last_sequence",
                transaction)
            .With("id", conversationId))
        {
            var value = await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (value is null or DBNull)
            {
                return null;
            }

            sequence = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }

        await using (var insert = connection.CreateCommand(
                "INSERT INTO directline_activity (conversation_id, sequence, activity) VALUES (@id, @sequence, @activity)", transaction)
            .With("id", conversationId)
            .With("sequence", sequence)
            .With("activity", serialize(sequence)))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var trim = connection.CreateCommand(
                "DELETE FROM directline_activity WHERE conversation_id = @id AND sequence <= @oldest", transaction)
            .With("id", conversationId)
            .With("oldest", sequence - keep))
        {
            await trim.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return sequence;
    }

    public async Task<DirectLineActivitySlice?> ReadAfterAsync(string conversationId, long after, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var conversation = await FindAsync(connection, null, conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return null;
        }

        // Only what is numbered up to the conversation's last number as just read: an activity committed in between
        // comes next time, and the watermark never passes an activity not yet sent.
        await using var command = connection.CreateCommand(
                "SELECT activity FROM directline_activity WHERE conversation_id = @id AND sequence > @after AND sequence <= @last ORDER BY sequence")
            .With("id", conversationId)
            .With("after", after)
            .With("last", conversation.LastSequence);
        var activities = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            activities.Add(reader.GetString(0));
        }

        return new DirectLineActivitySlice(activities, conversation.LastSequence);
    }

    public async Task RemoveAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await RemoveAsync(connection, transaction, conversationId, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> RemoveExpiredAsync(DirectLineLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var removed = await RemoveExpiredAsync(connection, transaction, limits, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed;
    }

    private async Task<DirectLineConversationRecord?> FindAsync(DbConnection connection, DbTransaction? transaction, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand($"SELECT {Columns} FROM directline_conversation WHERE conversation_id = @id", transaction)
            .With("id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new DirectLineConversationRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            database.Dialect.ReadTime(reader, 3),
            Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture) != 0,
            Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture),
            reader.GetString(6));
    }

    private static async Task<long> CountAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("SELECT COUNT(*) FROM directline_conversation", transaction);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private async Task<int> RemoveExpiredAsync(DbConnection connection, DbTransaction transaction, DirectLineLimits limits, CancellationToken cancellationToken)
    {
        await using (var activities = connection.CreateCommand(
                $"DELETE FROM directline_activity WHERE conversation_id IN (SELECT conversation_id FROM directline_conversation WHERE {ExpiredCondition})",
                transaction)
            .With("idle_before", database.Dialect.Time(limits.IdleBefore))
            .With("silent_before", database.Dialect.Time(limits.SilentBefore)))
        {
            await activities.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var conversations = connection.CreateCommand($"DELETE FROM directline_conversation WHERE {ExpiredCondition}", transaction)
            .With("idle_before", database.Dialect.Time(limits.IdleBefore))
            .With("silent_before", database.Dialect.Time(limits.SilentBefore));
        return await conversations.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> RemoveLeastRecentlyUsedSilentAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        string? oldest;
        await using (var find = connection.CreateCommand(
                """
                SELECT conversation_id FROM directline_conversation
                WHERE person_spoke = 0 AND origin = (
                    SELECT origin FROM directline_conversation WHERE person_spoke = 0 GROUP BY origin ORDER BY COUNT(*) DESC LIMIT 1)
                ORDER BY last_used_at
                LIMIT 1
                """, transaction))
        {
            oldest = await find.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }

        if (oldest is null)
        {
            return false;
        }

        await RemoveAsync(connection, transaction, oldest, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task RemoveAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "directline_activity", "directline_conversation" })
        {
            await using var command = connection.CreateCommand($"DELETE FROM {table} WHERE conversation_id = @id", transaction).With("id", conversationId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
