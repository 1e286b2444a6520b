using TrialBot.Storage.Conversations;
using TrialBot.Storage.Items;
using TrialBot.Storage.Retention;

namespace TrialBot.Storage.Sql;

/// <summary>Purging and erasing on a SQL database.</summary>
internal sealed class SqlRetention(SqlDatabase database, TimeProvider timeProvider, WrittenItems written) : IRetentionPurger, IConversationEraser
{
    private const string PurgeStateSql = "DELETE FROM bot_state WHERE updated_at < @cutoff";

    private const string PurgeActivitiesSql = "DELETE FROM processed_activity WHERE processed_at < @cutoff";

    private const string EraseStateSql = """
        DELETE FROM bot_state
        WHERE item_key = @exact OR substr(item_key, 1, length(@prefix)) = @prefix OR item_key = @user
        """;

    private const string EraseActivitiesSql = "DELETE FROM processed_activity WHERE channel_id = @channel AND conversation_id = @conversation";

    /// <summary>The self-hosted Direct Line's transcript (its channel id is <c>webchat</c>); not counted as removed items.</summary>
    private const string EraseTranscriptSql = "DELETE FROM directline_activity WHERE conversation_id = @conversation AND @channel = 'webchat'";

    public async Task<PurgeResult> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        var cutoff = database.Dialect.Time(timeProvider.GetUtcNow() - olderThan);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var purgeState = connection.CreateCommand(PurgeStateSql).With("cutoff", cutoff);
        var items = await purgeState.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        written.ForgetAll();
        await using var purgeActivities = connection.CreateCommand(PurgeActivitiesSql).With("cutoff", cutoff);
        var activities = await purgeActivities.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new PurgeResult(items, activities);
    }

    public async Task<int> EraseAsync(ConversationKey conversation, string? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var keys = new ConversationStateKeys(conversation, userId);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.Dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        await using var eraseState = connection.CreateCommand(EraseStateSql, transaction)
            .With("exact", keys.Exact)
            .With("prefix", keys.Prefix)
            .With("user", keys.User ?? keys.Exact);
        var removed = await eraseState.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        await using var eraseActivities = connection.CreateCommand(EraseActivitiesSql, transaction)
            .With("channel", conversation.ChannelId)
            .With("conversation", conversation.ConversationId);
        removed += await eraseActivities.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        await using (var eraseTranscript = connection.CreateCommand(EraseTranscriptSql, transaction)
            .With("channel", conversation.ChannelId)
            .With("conversation", conversation.ConversationId))
        {
            await eraseTranscript.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        removed += await SqlReferralStore.DeleteForConversationAsync(connection, transaction, conversation, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        written.ForgetWhere(keys.Covers);
        return removed;
    }
}
