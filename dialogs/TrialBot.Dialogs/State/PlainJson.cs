using Newtonsoft.Json;

namespace TrialBot.Dialogs.State;

/// <summary>
/// The one serializer the engine uses for everything it stores: plain JSON, never type names, so stored state does not
/// depend on .NET type or assembly names and cannot instantiate arbitrary types when read back.
/// </summary>
internal static class PlainJson
{
    /// <summary>Gets the serializer (type names off, nulls omitted, strings never parsed as dates, collections replaced rather than appended to).</summary>
    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MissingMemberHandling = MissingMemberHandling.Ignore,
        ObjectCreationHandling = ObjectCreationHandling.Replace,
    });
}
