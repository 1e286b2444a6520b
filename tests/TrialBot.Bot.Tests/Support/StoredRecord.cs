using Newtonsoft.Json.Linq;

namespace TrialBot.Bot.Tests.Support;

/// <summary>The conversation record in a stored state item, as a JSON object to look into.</summary>
internal static class StoredRecord
{
    /// <summary>
    /// The record of <paramref name="item"/>: parsed from the JSON text it is stored as, or the JSON object an earlier
    /// version stored (the same object, so a test can change it before the bot reads it).
    /// </summary>
    public static JObject In(JObject item) => item["screening"] switch
    {
        JValue { Type: JTokenType.String } text => JObject.Parse((string)text!),
        JObject record => record,
        _ => throw new InvalidOperationException("The item holds no conversation record."),
    };
}
