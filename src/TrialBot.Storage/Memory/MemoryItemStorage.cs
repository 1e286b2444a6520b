using Microsoft.Bot.Builder;
using TrialBot.Storage.Items;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="IStorage"/> in process memory, with the same stored shape, ETag rules and
/// <see cref="StorageConflictException"/> as the SQL providers; an item it wrote is read back from what it kept
/// (<see cref="WrittenItems"/>) while its ETag is the stored one.</summary>
internal sealed class MemoryItemStorage(MemoryDatabase database, TimeProvider timeProvider, WrittenItems written) : IStorage
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
                    found[key] = written.Find(key) is { } kept && kept.ETag == item.ETag
                        ? kept.Read()
                        : ItemJson.FromDocument(item.Document, item.ETag);
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
                written.Keep(write);
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
                written.Forget(key);
            }
        }

        return Task.CompletedTask;
    }
}
