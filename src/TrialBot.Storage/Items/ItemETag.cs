using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace TrialBot.Storage.Items;

/// <summary>
/// Where a value written through <see cref="IStorage"/> carries its ETag: an <see cref="IStoreItem"/> in its
/// <see cref="IStoreItem.ETag"/> property; a dictionary (what <see cref="BotState"/> writes) or a <see cref="JObject"/>
/// (what a read returns) under the key <c>eTag</c> (any casing). Other values carry none.
/// </summary>
internal static class ItemETag
{
    /// <summary>The property name under which a read returns the ETag.</summary>
    public const string PropertyName = "eTag";

    /// <summary>The ETag meaning "overwrite whatever is stored".</summary>
    public const string Any = "*";

    /// <summary>A new ETag, different on every write.</summary>
    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>Whether <paramref name="name"/> is the ETag property in some casing.</summary>
    public static bool IsETagName(string name) => string.Equals(name, PropertyName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Works out when a write of <paramref name="value"/> may go ahead.</summary>
    /// <param name="value">The value to write.</param>
    /// <param name="expectedETag">The ETag the stored item must have, for <see cref="WriteCondition.IfMatch"/>.</param>
    /// <returns>The condition.</returns>
    public static WriteCondition ConditionFor(object value, out string? expectedETag)
    {
        expectedETag = null;
        if (!TryRead(value, out var carried))
        {
            return WriteCondition.Always;
        }

        if (string.IsNullOrEmpty(carried))
        {
            return WriteCondition.IfAbsent;
        }

        if (carried == Any)
        {
            return WriteCondition.Always;
        }

        expectedETag = carried;
        return WriteCondition.IfMatch;
    }

    /// <summary>Gives the written value the ETag it now has in storage, so that writing the same object again (as
    /// <see cref="BotState"/> does when it saves twice in one turn) carries the current ETag.</summary>
    /// <param name="value">The value that was written.</param>
    /// <param name="eTag">Its new ETag.</param>
    public static void Stamp(object value, string eTag)
    {
        switch (value)
        {
            case IStoreItem storeItem:
                storeItem.ETag = eTag;
                break;
            case IDictionary<string, object> dictionary when !dictionary.IsReadOnly:
                dictionary[dictionary.Keys.FirstOrDefault(IsETagName) ?? PropertyName] = eTag;
                break;
            case JObject json:
                json[json.Properties().FirstOrDefault(property => IsETagName(property.Name))?.Name ?? PropertyName] = eTag;
                break;
        }
    }

    private static bool TryRead(object value, out string? eTag)
    {
        switch (value)
        {
            case IStoreItem storeItem:
                eTag = storeItem.ETag;
                return true;
            case IDictionary<string, object> dictionary:
                eTag = dictionary.FirstOrDefault(entry => IsETagName(entry.Key)).Value?.ToString();
                return true;
            case JObject json:
                eTag = json.Properties().FirstOrDefault(property => IsETagName(property.Name))?.Value.ToString();
                return true;
            default:
                eTag = null;
                return false;
        }
    }
}
