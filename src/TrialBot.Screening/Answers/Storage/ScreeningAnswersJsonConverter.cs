using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrialBot.Screening.Answers.Storage;

/// <summary>
/// Writes <see cref="ScreeningAnswers"/> as their stored shape (<see cref="StoredScreeningAnswers"/>) and reads them
/// back, so a record holding answers (a conversation's) serializes them in the documented shape. Answers of another
/// schema version or damaged ones throw <see cref="JsonException"/>, which readers of stored state take as "start again".
/// </summary>
public sealed class ScreeningAnswersJsonConverter : JsonConverter<ScreeningAnswers>
{
    /// <inheritdoc />
    public override ScreeningAnswers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var stored = JsonSerializer.Deserialize<StoredScreeningAnswers>(ref reader, options);
        return StoredAnswerMapper.ToAnswers(stored) ?? throw new JsonException("The stored answers are of another schema version or damaged.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ScreeningAnswers value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, StoredAnswerMapper.ToStored(value), options);
    }
}
