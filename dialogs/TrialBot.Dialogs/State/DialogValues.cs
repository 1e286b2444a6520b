using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Dialogs.State;

/// <summary>
/// The values a dialog keeps between turns (for a waterfall: the answers collected so far). Values are stored as plain
/// JSON and read back with the type the caller asks for, so an <see cref="int"/> written before a restart is an
/// <see cref="int"/> after it (never a boxed <see cref="long"/> that breaks a cast).
/// </summary>
public sealed class DialogValues
{
    private readonly JObject values;

    /// <summary>Initializes a new instance of the <see cref="DialogValues"/> class with no values.</summary>
    public DialogValues()
        : this(new JObject())
    {
    }

    internal DialogValues(JObject values)
    {
        this.values = values;
    }

    /// <summary>Gets the keys that have a value.</summary>
    public IEnumerable<string> Keys => values.Properties().Select(property => property.Name);

    /// <summary>Tells whether <paramref name="key"/> has a value.</summary>
    /// <param name="key">The value's key.</param>
    /// <returns>True when a value is stored under the key.</returns>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return values.ContainsKey(key);
    }

    /// <summary>Reads the value stored under <paramref name="key"/> as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type the value was stored as (or one its JSON converts to).</typeparam>
    /// <param name="key">The value's key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">No value is stored under the key.</exception>
    /// <exception cref="InvalidOperationException">The stored value cannot be read as a <typeparamref name="T"/>.</exception>
    public T GetValue<T>(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!values.TryGetValue(key, out var token))
        {
            throw new KeyNotFoundException($"No dialog value is stored under '{key}'.");
        }

        if (PlainValue<T>(token, out var plain))
        {
            return plain;
        }

        try
        {
            return token.ToObject<T>(PlainJson.Serializer)!;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            throw new InvalidOperationException($"The dialog value '{key}' cannot be read as {typeof(T).Name}.", exception);
        }
    }

    /// <summary>Reads the value stored under <paramref name="key"/> when there is one that reads as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="key">The value's key.</param>
    /// <param name="value">The value, when the method returns true.</param>
    /// <returns>True when a value is stored under the key and reads as a <typeparamref name="T"/>.</returns>
    public bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (values.ContainsKey(key))
        {
            try
            {
                value = GetValue<T>(key);
                return true;
            }
            catch (InvalidOperationException)
            {
                // A value of another type is treated as absent: the caller asked "is there a T here?".
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads the value stored under <paramref name="key"/>, or returns <paramref name="defaultValue"/> when there is none.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="key">The value's key.</param>
    /// <param name="defaultValue">What to return when no readable value is stored.</param>
    /// <returns>The stored value or the default.</returns>
    public T GetValueOrDefault<T>(string key, T defaultValue) =>
        TryGetValue<T>(key, out var value) ? value : defaultValue;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/> as plain JSON, replacing any earlier value.</summary>
    /// <typeparam name="T">The value's type: a primitive, a string, a list, or a plain record/class of those.</typeparam>
    /// <param name="key">The value's key.</param>
    /// <param name="value">The value to store; null stores a JSON null.</param>
    public void SetValue<T>(string key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        values[key] = value switch
        {
            null => JValue.CreateNull(),
            string or bool or int or long => new JValue(value),
            _ => JToken.FromObject(value, PlainJson.Serializer),
        };
    }

    /// <summary>Removes the value stored under <paramref name="key"/>.</summary>
    /// <param name="key">The value's key.</param>
    /// <returns>True when a value was removed.</returns>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return values.Remove(key);
    }

    /// <summary>Returns the values as the JSON object that is stored: the object itself, not a copy (a stack written
    /// again copies it, as Newtonsoft copies a token that already belongs to another document).</summary>
    internal JObject ToJson() => values;

    /// <summary>Reads a string, a Boolean or a whole number as itself, without the serializer (what the engine and the
    /// dialogs store most); anything else is left to it.</summary>
    private static bool PlainValue<T>(JToken token, [MaybeNullWhen(false)] out T value)
    {
        switch (token)
        {
            case JValue { Value: T same }:
                value = same;
                return true;
            case JValue { Value: long whole } when typeof(T) == typeof(int) && whole is >= int.MinValue and <= int.MaxValue:
                value = (T)(object)(int)whole;
                return true;
            default:
                value = default;
                return false;
        }
    }
}
