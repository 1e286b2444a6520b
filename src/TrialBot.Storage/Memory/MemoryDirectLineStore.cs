using TrialBot.Storage.DirectLine;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="IDirectLineStore"/> in process memory: what the memory provider offers, lost with the process.</summary>
internal sealed class MemoryDirectLineStore(MemoryDatabase database) : IDirectLineStore
{
    public Task<DirectLineOpenResult> OpenAsync(DirectLineConversationRecord conversation, DirectLineLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(limits);
        lock (database.Gate)
        {
            if (database.DirectLineConversations.TryGetValue(conversation.ConversationId, out var existing))
            {
                return Task.FromResult(new DirectLineOpenResult(DirectLineOpenOutcome.Existing, existing));
            }

            if (database.DirectLineConversations.Count >= limits.MaxConversations)
            {
                RemoveExpired(limits);
                if (database.DirectLineConversations.Count >= limits.MaxConversations && !RemoveLeastRecentlyUsedSilent())
                {
                    return Task.FromResult(new DirectLineOpenResult(DirectLineOpenOutcome.Full, null));
                }
            }

            database.DirectLineConversations.Add(conversation.ConversationId, conversation);
            database.DirectLineActivities.Add(conversation.ConversationId, new Queue<(long, string)>());
            return Task.FromResult(new DirectLineOpenResult(DirectLineOpenOutcome.Created, conversation));
        }
    }

    public Task<DirectLineConversationRecord?> FindAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (database.Gate)
        {
            return Task.FromResult(database.DirectLineConversations.GetValueOrDefault(conversationId));
        }
    }

    public Task TouchAsync(string conversationId, DateTimeOffset now, bool personSpoke, CancellationToken cancellationToken = default)
    {
        lock (database.Gate)
        {
            if (database.DirectLineConversations.TryGetValue(conversationId, out var conversation))
            {
                database.DirectLineConversations[conversationId] = conversation with
                {
                    LastUsed = now > conversation.LastUsed ? now : conversation.LastUsed,
                    PersonSpoke = conversation.PersonSpoke || personSpoke,
                };
            }
        }

        return Task.CompletedTask;
    }

    public Task<long?> AppendAsync(string conversationId, Func<long, string> serialize, int keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(serialize);
        lock (database.Gate)
        {
            if (!database.DirectLineConversations.TryGetValue(conversationId, out var conversation))
            {
                return Task.FromResult<long?>(null);
            }

            var sequence = conversation.LastSequence + 1;
            var activities = database.DirectLineActivities[conversationId];
            activities.Enqueue((sequence, serialize(sequence)));
            while (activities.Count > keep)
            {
                activities.Dequeue();
            }

            database.DirectLineConversations[conversationId] = conversation with { LastSequence = sequence };
            return Task.FromResult<long?>(sequence);
        }
    }

    public Task<DirectLineActivitySlice?> ReadAfterAsync(string conversationId, long after, CancellationToken cancellationToken = default)
    {
        lock (database.Gate)
        {
            if (!database.DirectLineConversations.TryGetValue(conversationId, out var conversation))
            {
                return Task.FromResult<DirectLineActivitySlice?>(null);
            }

            var activities = database.DirectLineActivities[conversationId]
                .Where(entry => entry.Sequence > after)
                .Select(entry => entry.Json)
                .ToList();
            return Task.FromResult<DirectLineActivitySlice?>(new DirectLineActivitySlice(activities, conversation.LastSequence));
        }
    }

    public Task RemoveAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (database.Gate)
        {
            Remove(conversationId);
        }

        return Task.CompletedTask;
    }

    public Task<int> RemoveExpiredAsync(DirectLineLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        lock (database.Gate)
        {
            return Task.FromResult(RemoveExpired(limits));
        }
    }

    private int RemoveExpired(DirectLineLimits limits)
    {
        var expired = database.DirectLineConversations.Values.Where(limits.IsExpired).Select(conversation => conversation.ConversationId).ToList();
        expired.ForEach(Remove);
        return expired.Count;
    }

    private bool RemoveLeastRecentlyUsedSilent()
    {
        var oldest = database.DirectLineConversations.Values
            .Where(conversation => !conversation.PersonSpoke)
            .GroupBy(conversation => conversation.Origin, StringComparer.Ordinal)
            .MaxBy(origin => origin.Count())?
            .MinBy(conversation => conversation.LastUsed);
        if (oldest is null)
        {
            return false;
        }

        Remove(oldest.ConversationId);
        return true;
    }

    private void Remove(string conversationId)
    {
        database.DirectLineConversations.Remove(conversationId);
        database.DirectLineActivities.Remove(conversationId);
    }
}
