using System.Collections;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Storage.Conversations;

/// <summary>
/// A conversation's state values for one turn (what <see cref="TrackedConversationState"/> puts in Bot Framework's turn
/// cache), which tell whether the turn changed them. Setting a key to another value or removing one is a change;
/// setting the value it holds is not. A value that can change in place (a JSON object, a list: anything but a string,
/// a number, a Boolean or null) is written down as JSON text when it is first read, and compared with that text when
/// asked; only what is read pays for that, not the whole state (the conversation record, a string, never does). After a
/// save, a value that can change in place and is still held is taken as changed by the next save: one more write,
/// never a change lost. Enumerating the values (as the storage does to write them) is not a read.
/// </summary>
public sealed class TrackedStateDictionary : IDictionary<string, object>
{
    private static readonly JsonSerializerSettings TextSettings = new() { MaxDepth = null };

    private readonly Dictionary<string, object> values;
    private readonly Dictionary<string, ReadValue> read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> heldSinceSave = new(StringComparer.Ordinal);
    private bool changed;

    /// <summary>Initializes a new, empty instance of the <see cref="TrackedStateDictionary"/> class, unchanged (also for a
    /// storage that records the state's type and makes one to read it back, as Bot Framework's <c>MemoryStorage</c> does).</summary>
    public TrackedStateDictionary()
        : this(new Dictionary<string, object>(StringComparer.Ordinal), changed: false)
    {
    }

    private TrackedStateDictionary(Dictionary<string, object> values, bool changed)
    {
        this.values = values;
        this.changed = changed;
    }

    /// <summary>Whether the values differ from what was loaded or last saved (see the class summary).</summary>
    public bool IsChanged =>
        changed
        || read.Any(entry => values.TryGetValue(entry.Key, out var value) && ReferenceEquals(value, entry.Value.Value)
            && !string.Equals(TextOf(value), entry.Value.Text, StringComparison.Ordinal))
        || heldSinceSave.Any(entry => values.TryGetValue(entry.Key, out var value) && ReferenceEquals(value, entry.Value));

    /// <inheritdoc/>
    public int Count => values.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public ICollection<string> Keys => values.Keys;

    /// <inheritdoc/>
    public ICollection<object> Values => values.Values;

    /// <inheritdoc/>
    public object this[string key]
    {
        get
        {
            var value = values[key];
            Watch(key, value);
            return value;
        }

        set => Set(key, value);
    }

    /// <summary>The values of a stored state, as the storage read them: nothing yet changed. A stored JSON object's
    /// properties become the values Bot Framework's own state would hold (a string, a number, a Boolean, or the
    /// object or array itself).</summary>
    /// <param name="stored">What the storage returned for the state's key, or <see langword="null"/> when nothing is stored.</param>
    /// <returns>The values.</returns>
    /// <exception cref="InvalidOperationException">The storage returned something that is not a state.</exception>
    public static TrackedStateDictionary Loaded(object? stored) => new(stored switch
    {
        null => new Dictionary<string, object>(StringComparer.Ordinal),
        JObject json => FromJson(json),
        IDictionary<string, object> dictionary => new Dictionary<string, object>(dictionary, StringComparer.Ordinal),
        _ => throw new InvalidOperationException("The stored conversation state is not a JSON object."),
    }, changed: false);

    /// <summary>No values, to be written by the next save (a cleared state).</summary>
    /// <returns>The values.</returns>
    public static TrackedStateDictionary Cleared() => new(new Dictionary<string, object>(StringComparer.Ordinal), changed: true);

    /// <summary>Records that the values were written, as <paramref name="written"/> (a copy of them, on which the storage
    /// may have stamped values of its own, such as the new ETag, which are taken): what is held now is what is stored.</summary>
    /// <param name="written">The copy of the values the storage wrote.</param>
    public void Saved(IReadOnlyDictionary<string, object> written)
    {
        ArgumentNullException.ThrowIfNull(written);
        foreach (var (key, value) in written)
        {
            if (!values.TryGetValue(key, out var held) || !ReferenceEquals(held, value))
            {
                values[key] = value;
            }
        }

        changed = false;
        read.Clear();
        heldSinceSave.Clear();
        foreach (var (key, value) in values)
        {
            if (CanChangeInPlace(value))
            {
                heldSinceSave[key] = value;
            }
        }
    }

    /// <inheritdoc/>
    public void Add(string key, object value)
    {
        values.Add(key, value);
        changed = true;
    }

    /// <inheritdoc/>
    public void Add(KeyValuePair<string, object> item) => Add(item.Key, item.Value);

    /// <inheritdoc/>
    public bool TryGetValue(string key, out object value)
    {
        if (!values.TryGetValue(key, out value!))
        {
            return false;
        }

        Watch(key, value);
        return true;
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => values.ContainsKey(key);

    /// <inheritdoc/>
    public bool Contains(KeyValuePair<string, object> item) => ((ICollection<KeyValuePair<string, object>>)values).Contains(item);

    /// <inheritdoc/>
    public bool Remove(string key)
    {
        if (!values.Remove(key))
        {
            return false;
        }

        changed = true;
        return true;
    }

    /// <inheritdoc/>
    public bool Remove(KeyValuePair<string, object> item)
    {
        if (!((ICollection<KeyValuePair<string, object>>)values).Remove(item))
        {
            return false;
        }

        changed = true;
        return true;
    }

    /// <inheritdoc/>
    public void Clear()
    {
        changed |= values.Count > 0;
        values.Clear();
    }

    /// <inheritdoc/>
    public void CopyTo(KeyValuePair<string, object>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object>>)values).CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => values.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Set(string key, object value)
    {
        if (!values.TryGetValue(key, out var held) || !Same(held, value))
        {
            changed = true;
        }

        values[key] = value;
    }

    /// <summary>Writes down the text of a value that can change in place, the first time it is read.</summary>
    private void Watch(string key, object value)
    {
        if (CanChangeInPlace(value) && !heldSinceSave.ContainsKey(key)
            && !(read.TryGetValue(key, out var earlier) && ReferenceEquals(earlier.Value, value)))
        {
            read[key] = new ReadValue(value, TextOf(value));
        }
    }

    private static Dictionary<string, object> FromJson(JObject json)
    {
        var result = new Dictionary<string, object>(json.Count, StringComparer.Ordinal);
        foreach (var property in json.Properties())
        {
            if (property.Value is JValue plain)
            {
                result[property.Name] = plain.Value!;
            }
            else
            {
                // The object or array itself, not a copy: nothing else holds the document the storage returned for the turn.
                result[property.Name] = property.Value;
            }
        }

        return result;
    }

    private static bool Same(object? held, object? value) =>
        ReferenceEquals(held, value) || (!CanChangeInPlace(held) && Equals(held, value));

    private static bool CanChangeInPlace(object? value) =>
        value is not (null or string or bool or long or int or short or byte or double or float or decimal
            or DateTime or DateTimeOffset or TimeSpan or Guid);

    private static string TextOf(object value) => JsonConvert.SerializeObject(value, TextSettings);

    /// <summary>A value as it was first read, with its JSON text then.</summary>
    private sealed record ReadValue(object Value, string Text);
}
