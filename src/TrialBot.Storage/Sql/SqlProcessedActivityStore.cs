using System.Data.Common;
using TrialBot.Storage.Conversations;

namespace TrialBot.Storage.Sql;

/// <summary><see cref="IProcessedActivityStore"/> on a SQL database, table <c>processed_activity</c>; recording is
/// an insert that the primary key (channel, conversation, activity) makes atomic.</summary>
internal sealed class SqlProcessedActivityStore(SqlDatabase database, TimeProvider timeProvider) : IProcessedActivityStore
{
    private const string InsertSql = """
        INSERT INTO processed_activity (channel_id, conversation_id, activity_id, processed_at)
        VALUES (@channel, @conversation, @activity, @now)
        ON CONFLICT (channel_id, conversation_id, activity_id) DO NOTHING
        """;

    private const string DeleteSql =
        "DELETE FROM processed_activity WHERE channel_id = @channel AND conversation_id = @conversation AND activity_id = @activity";

    public async Task<bool> TryRecordAsync(ActivityKey activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection.CreateCommand(InsertSql), activity)
            .With("now", database.Dialect.Time(timeProvider.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task ForgetAsync(ActivityKey activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection.CreateCommand(DeleteSql), activity);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static DbCommand Command(DbCommand command, ActivityKey activity) => command
        .With("channel", activity.Conversation.ChannelId)
        .With("conversation", activity.Conversation.ConversationId)
        .With("activity", activity.ActivityId);
}
