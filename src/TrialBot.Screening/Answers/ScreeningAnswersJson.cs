using System.Text.Json;
using System.Text.Json.Serialization;
using TrialBot.Screening.Answers.Storage;

namespace TrialBot.Screening.Answers;

/// <summary>
/// The documented JSON of <see cref="ScreeningAnswers"/>, written through their stored shape
/// (<see cref="StoredScreeningAnswers"/>, schema version 1): camelCase names, enums in kebab case, no type names.
/// <code>
/// {"schemaVersion":1,"values":{"age":{"kind":"age","amount":45},
///   "treatment":{"kind":"medicines","medicines":[{"id":"prednisone","class":"corticosteroid"}]},
///   "sledai":{"kind":"number","dontKnow":true}}}
/// </code>
/// </summary>
public static class ScreeningAnswersJson
{
    /// <summary>
    /// The serializer options of the shape; also fit for other screening records: a record holding
    /// <see cref="ScreeningAnswers"/> writes them in their stored shape (<see cref="ScreeningAnswersJsonConverter"/>).
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: true), new ScreeningAnswersJsonConverter() },
    };

    /// <summary>The answers as JSON.</summary>
    public static string Serialize(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return JsonSerializer.Serialize(StoredAnswerMapper.ToStored(answers), Options);
    }

    /// <summary>
    /// The answers stored in <paramref name="json"/>, or null when the text is not answers of a schema version this code
    /// reads (unreadable, or written by another version): the caller then starts the screening again.
    /// </summary>
    public static ScreeningAnswers? Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return StoredAnswerMapper.ToAnswers(JsonSerializer.Deserialize<StoredScreeningAnswers>(json, Options));
        }
        catch (JsonException)
        {
            // Unreadable stored state is documented as "start again", not an error.
            return null;
        }
    }

    /// <summary>One answer as JSON, in the stored shape of an answer (<c>{"kind":"age","amount":45}</c>).</summary>
    public static string SerializeAnswer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return JsonSerializer.Serialize(StoredAnswerMapper.ToStored(answer), Options);
    }

    /// <summary>The answer stored in <paramref name="json"/>, or null when it is unreadable or does not make sense.</summary>
    public static Answer? DeserializeAnswer(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return StoredAnswerMapper.ToAnswer(JsonSerializer.Deserialize<StoredAnswer>(json, Options));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
