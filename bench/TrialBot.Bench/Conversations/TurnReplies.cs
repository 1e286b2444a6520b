using System.Text.Json;
using TrialBot.Host.BotFramework;

namespace TrialBot.Bench.Conversations;

/// <summary>
/// What the bot answered in one turn: how many activities, which question (if any) the last of them asks, and whether
/// the turn failed inside the bot (the host's error handler answered with its apology).
/// </summary>
internal sealed record TurnReplies(int Count, string? QuestionId, bool TurnFailed)
{
    private const string QuestionEntityType = "trialbot/question";

    /// <summary>Reads an expectReplies response body: <c>{"activities": [...]}</c>.</summary>
    public static TurnReplies Parse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("The response has no activities array.");
        }

        string? questionId = null;
        var turnFailed = false;
        foreach (var activity in activities.EnumerateArray())
        {
            turnFailed |= activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String
                && (text.ValueEquals(TurnErrorApology.English) || text.ValueEquals(TurnErrorApology.SimplifiedChinese));
            if (!activity.TryGetProperty("entities", out var entities) || entities.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var entity in entities.EnumerateArray())
            {
                if (entity.TryGetProperty("type", out var type) && type.ValueEquals(QuestionEntityType) && entity.TryGetProperty("id", out var id))
                {
                    questionId = id.GetString();
                }
            }
        }

        return new TurnReplies(activities.GetArrayLength(), questionId, turnFailed);
    }
}
