using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialBot.Screening.Answers;

/// <summary>
/// The documented JSON shape of <see cref="ScreeningAnswers"/>: camelCase names, enums in kebab case, no type names.
/// <code>
/// {"schemaVersion":1,"values":{"age":{"kind":"age","amount":45},
///   "treatment":{"kind":"medicines","medicines":[{"id":"prednisone","class":"corticosteroid"}]},
///   "sledai":{"kind":"number","dontKnow":true}}}
/// </code>
/// </summary>
public static class ScreeningAnswersJson
{
    /// <summary>The serializer options of the shape; also fit for other screening records.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: true) },
    };

    /// <summary>The answers as JSON.</summary>
    public static string Serialize(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return JsonSerializer.Serialize(answers, Options);
    }

    /// <summary>
    /// The answers stored in <paramref name="json"/>, or null when the text is not answers of the current schema version
    /// (unreadable, or written by another version): the caller then starts the screening again.
    /// </summary>
    public static ScreeningAnswers? Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var answers = JsonSerializer.Deserialize<ScreeningAnswers>(json, Options);
            return answers is { SchemaVersion: ScreeningAnswers.CurrentSchemaVersion, Values: not null } && answers.Values.Values.All(value => value is not null)
                ? answers
                : null;
        }
        catch (JsonException)
        {
            // Unreadable stored state is documented as "start again", not an error.
            return null;
        }
    }
}
