using Microsoft.Bot.Builder;
using TrialBot.Storage.Items;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="IStorage"/> in process memory, with the same stored shape, ETag rules and
/// <see cref="StorageConflictException"/> as the SQL providers.</summary>
internal sealed class MemoryItemStorage(MemoryDatabase database, TimeProvider timeProvider) : IStorage
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StorageKey.CheckAll(keys);
        var found = new Dictionary<string, object>(keys.Length);
        lock (database.Gate)
        {
            foreach (var key in keys.Distinct())
            {
                if (database.Items.TryGetValue(key, out var item))
                {
                    found[key] = ItemJson.FromDocument(item.Document, item.ETag);
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        var writes = ItemWrite.FromChanges(changes);
        var now = timeProvider.GetUtcNow();
        lock (database.Gate)
        {
            var refused = writes.FirstOrDefault(write => !write.Permits(database.Items.GetValueOrDefault(write.Key)));
            if (refused is not null)
            {
                throw StorageConflictException.ForKey(refused.Key);
            }

            foreach (var write in writes)
            {
                database.Items[write.Key] = new StoredItem(write.Document, write.NewETag, now);
            }
        }

        foreach (var write in writes)
        {
            write.StampValue();
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        StorageKey.CheckAll(keys);
        lock (database.Gate)
        {
            foreach (var key in keys)
            {
                database.Items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
