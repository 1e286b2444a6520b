using Microsoft.Bot.Builder;
using TrialBot.Storage.Items;

namespace TrialBot.Storage.Sql;

/// <summary>
/// <see cref="IStorage"/> on a SQL database, table <c>bot_state</c> (item_key, document, etag, updated_at). The ETag
/// check happens inside the database: a conditional write is <c>UPDATE … WHERE etag = @expected</c>, a write without
/// an ETag is an insert that the primary key refuses if another writer got there first. A write of several items is
/// one transaction: if any conflicts, none is written.
/// </summary>
internal sealed class SqlItemStorage(SqlDatabase database, TimeProvider timeProvider, WrittenItems written) : IStorage
{
    /// <summary>Reads an item's ETag, and its document unless the ETag is <c>@known</c> (the one this provider last
    /// wrote, whose document it keeps read: see <see cref="WrittenItems"/>).</summary>
    private const string SelectSql = "SELECT CASE WHEN etag = @known THEN NULL ELSE document END, etag FROM bot_state WHERE item_key = @key";

    private const string UpsertSql = """
        INSERT INTO bot_state (item_key, document, etag, updated_at) VALUES (@key, @document, @etag, @now)
        ON CONFLICT (item_key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    private const string InsertIfAbsentSql = """
        INSERT INTO bot_state (item_key, document, etag, updated_at) VALUES (@key, @document, @etag, @now)
        ON CONFLICT (item_key) DO NOTHING
        """;

    private const string UpdateIfMatchSql = """
        UPDATE bot_state SET document = @document, etag = @etag, updated_at = @now
        WHERE item_key = @key AND etag = @expected
        """;

    private const string DeleteSql = "DELETE FROM bot_state WHERE item_key = @key";

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StorageKey.CheckAll(keys);
        var found = new Dictionary<string, object>(keys.Length);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys.Distinct())
        {
            var kept = written.Find(key);
            await using var command = connection.CreateCommand(SelectSql).With("key", key).With("known", kept?.ETag);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found[key] = await reader.IsDBNullAsync(0, cancellationToken).ConfigureAwait(false) && kept is not null
                    ? kept.Read()
                    : ItemJson.FromDocument(reader.GetString(0), reader.GetString(1));
            }
        }

        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var writes = ItemWrite.FromChanges(changes);
        if (writes.Count == 0)
        {
            return;
        }

        var now = database.Dialect.Time(timeProvider.GetUtcNow());
        await using (var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var transaction = await database.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            foreach (var write in writes)
            {
                await using var command = connection.CreateCommand(SqlFor(write.Condition), transaction)
                    .With("key", write.Key)
                    .With("document", write.Document)
                    .With("etag", write.NewETag)
                    .With("now", now);
                if (write.Condition == WriteCondition.IfMatch)
                {
                    command.With("expected", write.ExpectedETag);
                }

                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    throw StorageConflictException.ForKey(write.Key);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var write in writes)
        {
            written.Keep(write);
            write.StampValue();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StorageKey.CheckAll(keys);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand(DeleteSql, transaction).With("key", key);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            written.Forget(key);
        }
    }

    private static string SqlFor(WriteCondition condition) => condition switch
    {
        WriteCondition.Always => UpsertSql,
        WriteCondition.IfAbsent => InsertIfAbsentSql,
        _ => UpdateIfMatchSql,
    };
}
