using Microsoft.Bot.Builder;

namespace TrialBot.Storage.Items;

/// <summary>One change passed to <see cref="IStorage.WriteAsync"/>, ready for a provider to apply.</summary>
/// <param name="Key">The storage key.</param>
/// <param name="Value">The value as given, which gets the new ETag once written.</param>
/// <param name="Document">The stored document (see <see cref="ItemJson"/>).</param>
/// <param name="Condition">When the write may go ahead.</param>
/// <param name="ExpectedETag">The ETag the stored item must have, for <see cref="WriteCondition.IfMatch"/>.</param>
/// <param name="NewETag">The ETag the item gets.</param>
internal sealed record ItemWrite(string Key, object Value, string Document, WriteCondition Condition, string? ExpectedETag, string NewETag)
{
    /// <summary>Prepares every change of a write, checking keys and values first so that nothing is written if one
    /// of them is unusable.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>One write per change.</returns>
    public static IReadOnlyList<ItemWrite> FromChanges(IDictionary<string, object> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.Select(change => From(change.Key, change.Value)).ToList();
    }

    /// <summary>Whether this write may replace <paramref name="current"/> (what is stored under the key now, if
    /// anything). The SQL providers evaluate the same rule inside the database.</summary>
    /// <param name="current">The stored item, or <see langword="null"/> if there is none.</param>
    /// <returns><see langword="true"/> if the write may go ahead.</returns>
    public bool Permits(StoredItem? current) => Condition switch
    {
        WriteCondition.Always => true,
        WriteCondition.IfAbsent => current is null,
        _ => current is not null && current.ETag == ExpectedETag,
    };

    /// <summary>Gives the written value its new ETag (call once the write is committed).</summary>
    public void StampValue() => ItemETag.Stamp(Value, NewETag);

    private static ItemWrite From(string key, object? value)
    {
        StorageKey.Check(key);
        if (value is null)
        {
            throw new ArgumentException($"The value written under '{key}' is null; delete the item instead.", nameof(value));
        }

        var condition = ItemETag.ConditionFor(value, out var expectedETag);
        return new ItemWrite(key, value, ItemJson.ToDocument(key, value), condition, expectedETag, ItemETag.New());
    }
}
