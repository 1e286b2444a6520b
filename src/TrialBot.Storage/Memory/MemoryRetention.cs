using TrialBot.Storage.Conversations;
using TrialBot.Storage.Items;
using TrialBot.Storage.Retention;

namespace TrialBot.Storage.Memory;

/// <summary>Purging and erasing for the memory provider.</summary>
internal sealed class MemoryRetention(MemoryDatabase database, TimeProvider timeProvider, WrittenItems written) : IRetentionPurger, IConversationEraser
{
    public Task<PurgeResult> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        var cutoff = timeProvider.GetUtcNow() - olderThan;
        lock (database.Gate)
        {
            var items = RemoveWhere(database.Items, entry => entry.Value.UpdatedAt < cutoff);
            written.ForgetAll();
            var activities = RemoveWhere(database.ProcessedActivities, entry => entry.Value < cutoff);
            return Task.FromResult(new PurgeResult(items, activities));
        }
    }

    public Task<int> EraseAsync(ConversationKey conversation, string? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var keys = new ConversationStateKeys(conversation, userId);
        lock (database.Gate)
        {
            var removed = RemoveWhere(database.Items, entry => keys.Covers(entry.Key));
            written.ForgetWhere(keys.Covers);
            removed += RemoveWhere(database.ProcessedActivities, entry => entry.Key.Conversation == conversation);
            removed += MemoryReferralStore.RemoveForConversation(database, conversation);

            // The self-hosted Direct Line's transcript (channel webchat); not counted as removed items.
            if (conversation.ChannelId == "webchat" && database.DirectLineActivities.TryGetValue(conversation.ConversationId, out var transcript))
            {
                transcript.Clear();
            }

            return Task.FromResult(removed);
        }
    }

    private static int RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> table, Func<KeyValuePair<TKey, TValue>, bool> predicate)
        where TKey : notnull
    {
        var doomed = table.Where(predicate).Select(entry => entry.Key).ToList();
        doomed.ForEach(key => table.Remove(key));
        return doomed.Count;
    }
}
