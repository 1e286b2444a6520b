using TrialBot.Storage.Funnel;

namespace TrialBot.Storage.Sql;

/// <summary><see cref="IFunnelEventStore"/> on a SQL database: table <c>funnel_event</c>, append-only.</summary>
internal sealed class SqlFunnelEventStore(SqlDatabase database) : IFunnelEventStore
{
    private const string Columns = "at, session_id, kind, channel_id, language, trial_id, site_id, question_id, outcome_id";

    private SqlDialect Dialect => database.Dialect;

    public async Task AppendAsync(IReadOnlyList<FunnelEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        // One statement with a row per event: one write, all or nothing.
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand(string.Empty);
        var rows = new List<string>(events.Count);
        for (var index = 0; index < events.Count; index++)
        {
            var entry = events[index];
            var n = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            rows.Add($"(@at{n}, @session{n}, @kind{n}, @channel{n}, @language{n}, @trial{n}, @site{n}, @question{n}, @outcome{n})");
            command.With("at" + n, Dialect.Time(entry.At))
                .With("session" + n, entry.SessionId)
                .With("kind" + n, entry.Kind)
                .With("channel" + n, entry.ChannelId)
                .With("language" + n, entry.Language)
                .With("trial" + n, entry.TrialId)
                .With("site" + n, entry.SiteId)
                .With("question" + n, entry.QuestionId)
                .With("outcome" + n, entry.OutcomeId);
        }

        command.CommandText = $"INSERT INTO funnel_event ({Columns}) VALUES {string.Join(", ", rows)}";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
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
