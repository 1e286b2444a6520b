using Microsoft.Bot.Builder.Integration;
using Newtonsoft.Json;

namespace TrialBot.DirectLine.Http;

/// <summary>
/// The JSON settings for everything this Direct Line reads and writes: the Bot Framework's own (its schema types carry
/// Newtonsoft attributes, so this is how activities keep their wire shape), with a depth limit for what clients send.
/// This project's own bodies name their properties with <see cref="JsonPropertyAttribute"/>.
/// </summary>
internal static class BotJson
{
    /// <summary>The shared settings.</summary>
    public static JsonSerializerSettings Settings { get; } = CreateSettings();

    /// <summary>Serializes <paramref name="value"/> with <see cref="Settings"/>.</summary>
    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    private static JsonSerializerSettings CreateSettings()
    {
        var settings = MessageSerializerSettings.Create();
        settings.NullValueHandling = NullValueHandling.Ignore;
        settings.MaxDepth = 32;
        return settings;
    }
}
