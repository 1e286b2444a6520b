using System.Collections.Concurrent;
using Newtonsoft.Json.Linq;

namespace TrialBot.Storage.Items;

/// <summary>
/// The items a provider last wrote, each as the properties its stored document reads back as, kept under the ETag the
/// write gave it, so that reading an item this provider wrote, while that ETag is still the stored one, builds the JSON
/// object from them instead of fetching and parsing the document again (a conversation's state is read back by the next
/// turn; its two large values are strings, which the object shares). A write by another provider or instance gives the item
/// another ETag, so it is read from the document; a deleted item is forgotten.
/// Only values whose tree is exactly what parsing their document gives are kept: strings, whole numbers (which read back as
/// <see cref="long"/>s), Booleans, nulls, and JSON objects and arrays of those. Anything else (a date, a decimal, a
/// typed object) is read from its document as before. An erasure forgets the conversation's items, a purge all of
/// them, so that nothing erased or purged stays in memory. At most <see cref="RememberedItems"/> items are kept; past that
/// the whole set is dropped and each item's next read parses its document once.
/// </summary>
internal sealed class WrittenItems
{
    /// <summary>How many items are kept.</summary>
    public const int RememberedItems = 4096;

    private readonly ConcurrentDictionary<string, WrittenItem> items = new(StringComparer.Ordinal);
    private int kept;

    /// <summary>What is kept for <paramref name="key"/>: its ETag, to ask the store whether it is still current, and its
    /// properties.</summary>
    /// <param name="key">The storage key.</param>
    /// <returns>The kept item, or <see langword="null"/>.</returns>
    public WrittenItem? Find(string key) => items.TryGetValue(key, out var item) ? item : null;

    /// <summary>Keeps what was written (call once the write is committed), or forgets its key
    /// when the value's tree cannot be kept exactly.</summary>
    /// <param name="write">The committed write.</param>
    public void Keep(ItemWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (TreeOf(write.Value) is not { } properties)
        {
            Forget(write.Key);
            return;
        }

        var item = new WrittenItem(write.NewETag, properties);
        if (items.ContainsKey(write.Key))
        {
            items[write.Key] = item;
            return;
        }

        if (Interlocked.Increment(ref kept) > RememberedItems)
        {
            items.Clear();
            Interlocked.Exchange(ref kept, 1);
        }

        items[write.Key] = item;
    }

    /// <summary>Forgets every item a test of its key covers (a conversation's data being erased).</summary>
    /// <param name="covers">Whether a key's item is forgotten.</param>
    public void ForgetWhere(Func<string, bool> covers)
    {
        ArgumentNullException.ThrowIfNull(covers);
        foreach (var key in items.Keys.Where(covers))
        {
            Forget(key);
        }
    }

    /// <summary>Forgets every item (idle items were purged: none is kept longer than what is stored).</summary>
    public void ForgetAll()
    {
        items.Clear();
        Interlocked.Exchange(ref kept, 0);
    }

    /// <summary>Forgets <paramref name="key"/> (its item was deleted, or written in a way not kept).</summary>
    /// <param name="key">The storage key.</param>
    public void Forget(string key)
    {
        if (items.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref kept);
        }
    }

    /// <summary>The properties the value's document reads back as (without its ETag), or <see langword="null"/> if a
    /// part of it would read back as something else.</summary>
    private static KeyValuePair<string, object?>[]? TreeOf(object value)
    {
        var properties = value switch
        {
            IDictionary<string, object?> dictionary => dictionary.ToArray(),
            JObject json => json.Properties().Select(property => new KeyValuePair<string, object?>(property.Name, property.Value)).ToArray(),
            _ => null,
        };
        if (properties is null)
        {
            return null;
        }

        var kept = 0;
        foreach (var (name, property) in properties)
        {
            if (ItemETag.IsETagName(name))
            {
                continue;
            }

            object? stored = property switch
            {
                null or string or long or bool => property,
                int number => (long)number,
                JValue plain when plain.Value is null or string or long or bool => plain.Value,
                JContainer json when ReadsBackAsItself(json) => json.DeepClone(),
                _ => Unkept,
            };
            if (ReferenceEquals(stored, Unkept))
            {
                return null;
            }

            properties[kept++] = new KeyValuePair<string, object?>(name, stored);
        }

        return kept == properties.Length ? properties : properties[..kept];
    }

    /// <summary>Marks a value whose document would not read back as itself.</summary>
    private static readonly object Unkept = new();

    private static bool ReadsBackAsItself(JToken token) => token switch
    {
        JObject json => json.Properties().All(property => ReadsBackAsItself(property.Value)),
        JArray array => array.All(ReadsBackAsItself),
        JValue plain => plain.Value is null or string or long or bool,
        _ => false,
    };
}

/// <summary>An item as this provider last wrote it.</summary>
/// <param name="ETag">The ETag the write gave it.</param>
/// <param name="Properties">What its document reads back as, without the ETag: each property's string, whole number,
/// Boolean or null, or its JSON object or array; never handed out, only copies of it.</param>
internal sealed record WrittenItem(string ETag, KeyValuePair<string, object?>[] Properties)
{
    /// <summary>What a read of the item returns: the JSON object its document reads back as (its strings shared, its
    /// objects and arrays copied), with the ETag.</summary>
    /// <returns>The item as a read returns it.</returns>
    public JObject Read()
    {
        var json = new JObject();
        foreach (var (name, value) in Properties)
        {
            json.Add(name, value is JToken token ? token.DeepClone() : new JValue(value));
        }

        json.Add(ItemETag.PropertyName, ETag);
        return json;
    }
}
