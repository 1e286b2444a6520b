using System.Data.Common;
using TrialBot.Storage.Funnel;

namespace TrialBot.Storage.Sql;

/// <summary><see cref="IFunnelEventStore"/> on a SQL database: table <c>funnel_event</c>, append-only.</summary>
internal sealed class SqlFunnelEventStore(SqlDatabase database) : IFunnelEventStore
{
    private const string Columns = "at, session_id, kind, channel_id, language, trial_id, site_id, question_id, outcome_id";

    /// <summary>The parameter of each column, in the order of <see cref="Columns"/> (with the row's number after it).</summary>
    private static readonly string[] Parameters = ["at", "session", "kind", "channel", "language", "trial", "site", "question", "outcome"];

    private SqlDialect Dialect => database.Dialect;

    public async Task AppendAsync(IReadOnlyList<FunnelEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        // One transaction: all or nothing. Rows go in statements of the dialect's size; a command of one size is built
        // once and run again with the next rows' values (the provider keeps its prepared statement).
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        DbCommand? command = null;
        try
        {
            foreach (var rows in events.Chunk(Math.Max(1, Dialect.RowsPerInsert)))
            {
                if (command is null || command.Parameters.Count != rows.Length * Parameters.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }

                    command = InsertCommand(connection, transaction, rows.Length);
                }

                for (var row = 0; row < rows.Length; row++)
                {
                    Bind(command, row, rows[row]);
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An INSERT of <paramref name="rows"/> rows, its parameters named by row (<c>@at0</c>, <c>@session0</c> …).</summary>
    private static DbCommand InsertCommand(DbConnection connection, DbTransaction transaction, int rows)
    {
        var command = connection.CreateCommand(string.Empty, transaction);
        var values = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            var n = row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values.Add($"({string.Join(", ", Parameters.Select(name => "@" + name + n))})");
            foreach (var name in Parameters)
            {
                command.With(name + n, null);
            }
        }

        command.CommandText = $"INSERT INTO funnel_event ({Columns}) VALUES {string.Join(", ", values)}";
        return command;
    }

    /// <summary>Sets the values of row <paramref name="row"/> of the command to <paramref name="entry"/>'s.</summary>
    private void Bind(DbCommand command, int row, FunnelEvent entry)
    {
        var first = row * Parameters.Length;
        object?[] values = [Dialect.Time(entry.At), entry.SessionId, entry.Kind, entry.ChannelId, entry.Language, entry.TrialId, entry.SiteId, entry.QuestionId, entry.OutcomeId];
        for (var index = 0; index < values.Length; index++)
        {
            command.Parameters[first + index].Value = values[index] ?? DBNull.Value;
        }
    }

    public async Task<IReadOnlyList<FunnelEvent>> ListAsync(DateTimeOffset from, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand($"SELECT {Columns} FROM funnel_event WHERE at >= @from AND at < @before ORDER BY at, id")
            .With("from", Dialect.Time(from))
            .With("before", Dialect.Time(before));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var events = new List<FunnelEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new FunnelEvent(
                Dialect.ReadTime(reader, 0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return events;
    }
}
