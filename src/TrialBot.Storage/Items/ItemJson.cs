using System.Globalization;
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
    public static string ToDocument(string key, object value)
    {
        var token = value as JToken ?? JToken.FromObject(value, Serializer);
        if (token is not JObject json)
        {
            throw new ArgumentException($"The value written under '{key}' must serialise to a JSON object, not {token.Type}.", nameof(value));
        }

        var withoutETag = (JObject)json.DeepClone();
        foreach (var property in withoutETag.Properties().Where(property => ItemETag.IsETagName(property.Name)).ToList())
        {
            property.Remove();
        }

        return withoutETag.ToString(Formatting.None);
    }

    /// <summary>Turns a stored document back into what a read returns.</summary>
    /// <param name="document">The stored document.</param>
    /// <param name="eTag">The item's current ETag.</param>
    /// <returns>The document with the ETag under <c>eTag</c>.</returns>
    public static JObject FromDocument(string document, string eTag)
    {
        using var reader = new JsonTextReader(new StringReader(document)) { DateParseHandling = DateParseHandling.None };
        var json = JObject.Load(reader);
        json[ItemETag.PropertyName] = eTag;
        return json;
    }
}
