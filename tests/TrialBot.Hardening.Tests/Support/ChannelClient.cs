using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// Posts activities to <c>/api/messages</c> as a Bot Framework channel does, with <c>deliveryMode: expectReplies</c> so
/// the replies come back in the response. Every activity gets a new id. With <paramref name="forwardedFor"/>, every
/// request says it comes from that client address through a proxy (X-Forwarded-For).
/// </summary>
internal sealed class ChannelClient(HttpClient http, string? forwardedFor = null)
{
    public const string ChannelId = "test";

    public const string UserId = "user-1";

    /// <summary>The adapter requires a serviceUrl even for expectReplies; loopback's discard port, so nothing leaves the machine.</summary>
    public const string UnusedServiceUrl = "http://127.0.0.1:9/";

    private static long nextActivity;

    /// <summary>The key of a conversation's state item in the bot's storage.</summary>
    public static string StateKey(string conversationId) => $"{ChannelId}/conversations/{conversationId}";

    public static JsonObject Activity(string type, string conversationId, string? text = null, string locale = "en-US", string userId = UserId)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = $"activity-{Interlocked.Increment(ref nextActivity)}",
            ["channelId"] = ChannelId,
            ["serviceUrl"] = UnusedServiceUrl,
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["deliveryMode"] = "expectReplies",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    /// <summary>The person joins the conversation: the bot greets and asks its first question.</summary>
    public Task<TurnReply> JoinAsync(string conversationId, string locale = "en-US", CancellationToken cancellationToken = default)
    {
        var joined = Activity("conversationUpdate", conversationId, locale: locale);
        joined["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId });
        return PostAsync(joined, cancellationToken: cancellationToken);
    }

    public Task<TurnReply> SayAsync(string conversationId, string text, string locale = "en-US", CancellationToken cancellationToken = default)
        => PostAsync(Activity("message", conversationId, text, locale), cancellationToken: cancellationToken);

    public Task<TurnReply> PostAsync(JsonNode activity, string? bearerToken = null, CancellationToken cancellationToken = default)
        => PostAsync(new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), bearerToken, cancellationToken);

    public async Task<TurnReply> PostAsync(HttpContent content, string? bearerToken = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return await TurnReply.ReadAsync(response, cancellationToken);
    }
}
