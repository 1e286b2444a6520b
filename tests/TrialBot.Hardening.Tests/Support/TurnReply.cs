using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>The answer to one posted activity: its status, media type, body and, for expectReplies, the bot's replies.</summary>
internal sealed record TurnReply(HttpStatusCode Status, string? MediaType, string Body, IReadOnlyList<JsonObject> Activities)
{
    public const string QuestionEntityType = "trialbot/question";

    public const string OutcomeEntityType = "trialbot/outcome";

    /// <summary>The id of the question the last reply that asks one asks, or null.</summary>
    public string? QuestionId => Activities.Select(EntityOf(QuestionEntityType)).LastOrDefault(entity => entity is not null)?["id"]?.GetValue<string>();

    /// <summary>The outcome id of the outcome entity among the replies, or null.</summary>
    public string? Outcome => Activities.Select(EntityOf(OutcomeEntityType)).FirstOrDefault(entity => entity is not null)?["outcome"]?.GetValue<string>();

    /// <summary>Every reply's text, joined.</summary>
    public string Text => string.Join("\n---\n", Activities.Select(activity => activity["text"]?.GetValue<string>()));

    /// <summary>The problem details' detail of an error response.</summary>
    public string? ProblemDetail => MediaType == "application/problem+json" ? JsonNode.Parse(Body)?["detail"]?.GetValue<string>() : null;

    public static async Task<TurnReply> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var activities = response.IsSuccessStatusCode && mediaType == "application/json" && TryParse(body)?["activities"] is JsonArray replies
            ? replies.OfType<JsonObject>().ToList()
            : [];
        return new TurnReply(response.StatusCode, mediaType, body, activities);
    }

    private static Func<JsonObject, JsonObject?> EntityOf(string type) => activity => activity["entities"] is JsonArray entities
        ? entities.OfType<JsonObject>().FirstOrDefault(entity => entity["type"]?.GetValue<string>() == type)
        : null;

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
