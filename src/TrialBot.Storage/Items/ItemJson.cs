using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Storage.Items;

/// <summary>
/// The stored shape of an item: the value serialised by Newtonsoft.Json as a plain JSON object, without type names
/// (<see cref="TypeNameHandling.None"/>) and without its ETag, which is kept beside the document. A read returns the
/// document as a <see cref="JObject"/> with the current ETag added under <c>eTag</c>; <c>BotState</c> and
/// <c>JObject.ToObject&lt;T&gt;()</c> turn it back into typed values. Strings that look like dates stay strings.
/// </summary>
internal static class ItemJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
        DateParseHandling = DateParseHandling.None,
        Culture = CultureInfo.InvariantCulture,
    });

    /// <summary>Serialises <paramref name="value"/> to its stored document.</summary>
    /// <param name="key">The storage key, for the error message.</param>
    /// <param name="value">The value; it must serialise to a JSON object.</param>
    /// <returns>The document, without the ETag.</returns>
    /// <remarks>
    /// A dictionary (what <see cref="Microsoft.Bot.Builder.BotState"/> writes) or a <see cref="JObject"/> is written
    /// property by property straight to the text, without building a copy of it as a JSON tree first; any other value
    /// goes through its JSON tree to check that it is an object.
    /// </remarks>
    public static string ToDocument(string key, object value) => value switch
    {
        IDictionary<string, object?> dictionary => WriteObject(dictionary),
        JObject json => WriteObject(PropertiesOf(json)),
        _ => JToken.FromObject(value, Serializer) is var token && token is JObject json
            ? WriteObject(PropertiesOf(json))
            : throw new ArgumentException($"The value written under '{key}' must serialise to a JSON object, not {token.Type}.", nameof(value)),
    };

    private static IEnumerable<KeyValuePair<string, object?>> PropertiesOf(JObject json) =>
        json.Properties().Select(property => new KeyValuePair<string, object?>(property.Name, property.Value));

    /// <summary>The largest buffer kept (in characters); the rare larger document's buffer is let go.</summary>
    private const int LargestSpareText = 64 * 1024;

    /// <summary>A text buffer kept by each thread for the documents it writes: a document is written into it and copied
    /// out once, instead of into a new buffer grown piece by piece (set aside while in use, so a nested write gets its own).</summary>
    [ThreadStatic]
    private static StringBuilder? spareText;

    private static string WriteObject(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var buffer = spareText ?? new StringBuilder(1024);
        spareText = null;
        try
        {
            return WriteObject(properties, buffer);
        }
        finally
        {
            if (buffer.Capacity <= LargestSpareText)
            {
                buffer.Clear();
                spareText = buffer;
            }
        }
    }

    private static string WriteObject(IEnumerable<KeyValuePair<string, object?>> properties, StringBuilder buffer)
    {
        using var text = new StringWriter(buffer, CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, ArrayPool = PooledJsonChars.Instance })
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                if (!ItemETag.IsETagName(name))
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        return text.ToString();
    }

    /// <summary>Writes a property's value: a string or a JSON tree as itself (what the serializer would write, without
    /// setting one up for it), anything else through the serializer.</summary>
    private static void WriteValue(JsonWriter writer, object? value)
    {
        switch (value)
        {
            case string text:
                writer.WriteValue(text);
                break;
            case JToken json:
                json.WriteTo(writer);
                break;
            default:
                Serializer.Serialize(writer, value);
                break;
        }
    }

    /// <summary>Documents are read without the line positions Newtonsoft would otherwise keep on every token.</summary>
    private static readonly JsonLoadSettings NoLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    /// <summary>Turns a stored document back into what a read returns.</summary>
    /// <param name="document">The stored document.</param>
    /// <param name="eTag">The item's current ETag.</param>
    /// <returns>The document with the ETag under <c>eTag</c>.</returns>
    public static JObject FromDocument(string document, string eTag)
    {
        using var reader = new JsonTextReader(new StringReader(document)) { DateParseHandling = DateParseHandling.None, ArrayPool = PooledJsonChars.Instance };
        var json = JObject.Load(reader, NoLineInfo);
        json[ItemETag.PropertyName] = eTag;
        return json;
    }
}
