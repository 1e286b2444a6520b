using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Host.Tests.Support;

/// <summary>Activities as a channel would post them to /api/messages.</summary>
internal static class TestActivities
{
    /// <summary>
    /// For expectReplies: the adapter requires a serviceUrl but sends nothing there. Loopback's discard port, so that
    /// nothing could leave the machine even if it did.
    /// </summary>
    public const string UnusedServiceUrl = "http://127.0.0.1:9/";

    /// <summary>A message with a new activity id (a channel gives every activity its own; pass <paramref name="id"/> to
    /// deliver the same activity again).</summary>
    public static JsonObject Message(string text, string conversationId = "conversation-1", bool expectReplies = true, string serviceUrl = UnusedServiceUrl, string locale = "en-US", string? id = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id ?? "activity-" + Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = locale,
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = "user-1", ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static StringContent Json(JsonNode activity) => Json(activity.ToJsonString());

    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode activity, string? bearerToken = null)
        => PostAsync(client, Json(activity), bearerToken);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return client.SendAsync(request);
    }

    /// <summary>The texts of the activities in an expectReplies response body.</summary>
    public static async Task<IReadOnlyList<string?>> ReplyTextsAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Select(activity => (string?)activity!["text"]).ToList();
    }

    /// <summary>The activities in an expectReplies response body.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RepliesAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray().Select(activity => activity!.AsObject()).ToList();
    }

    /// <summary>The question id the last reply of an expectReplies response asks (its <c>trialbot/question</c> entity), or null.</summary>
    public static async Task<string?> LastQuestionIdAsync(HttpResponseMessage response)
    {
        var replies = await RepliesAsync(response);
        return replies.Count == 0
            ? null
            : replies[^1]["entities"]?.AsArray().FirstOrDefault(entity => (string?)entity!["type"] == QuestionEntity.EntityType)?["id"]?.GetValue<string>();
    }

    /// <summary>The problem details of an error response.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
