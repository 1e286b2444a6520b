using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>Bot Framework's MemoryStorage in both serializer set-ups the engine must work with.</summary>
internal static class Storages
{
    /// <summary>MemoryStorage as Bot Framework builds it (TypeNameHandling.All).</summary>
    public const string WithTypeNames = "with type names";

    /// <summary>MemoryStorage with a serializer that writes no type names (TypeNameHandling.None).</summary>
    public const string Plain = "plain";

    public static TheoryData<string> Both => new() { WithTypeNames, Plain };

    public static MemoryStorage Create(string kind, Dictionary<string, JObject>? memory = null) => kind switch
    {
        WithTypeNames => new MemoryStorage(memory),
        Plain => new MemoryStorage(JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }), memory),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown storage kind."),
    };
}
