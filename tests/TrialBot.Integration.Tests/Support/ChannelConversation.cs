using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TrialBot.Integration.Tests.Support;

/// <summary>
/// One person's conversation as a channel posts it to <c>/api/messages</c> of whichever host a test picks, each
/// activity with its own id and <c>deliveryMode: expectReplies</c> (the replies come back in the response).
/// </summary>
internal sealed class ChannelConversation(string locale = "en-US")
{
    public const string ChannelId = "webchat";

    /// <summary>For expectReplies the adapter requires a serviceUrl but sends nothing there: loopback's discard port.</summary>
    private const string UnusedServiceUrl = "http://127.0.0.1:9/";

    public string Id { get; } = "integration-" + Guid.NewGuid().ToString("N");

    public JsonObject Message(string text, string? activityId = null)
    {
        var activity = Activity("message", activityId);
        activity["text"] = text;
        return activity;
    }

    /// <summary>The person joins, as a channel announces it: the bot greets and asks the first question.</summary>
    public JsonObject Join()
    {
        var activity = Activity("conversationUpdate", null);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "person-1" });
        return activity;
    }

    public Task<ReplyBatch> SayAsync(HostProcess host, string text) => SendAsync(host, Message(text));

    public async Task<ReplyBatch> SendAsync(HostProcess host, JsonObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if ((string?)activity["conversation"]?["id"] != Id)
        {
            throw new ArgumentException("The activity belongs to another conversation.", nameof(activity));
        }

        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync("/api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Host {host.Name} answered {(int)response.StatusCode}: {body}\n{host.Output}");
        }

        var replies = JsonNode.Parse(body)!["activities"]!.AsArray().Select(reply => reply!.AsObject()).ToList();
        return new ReplyBatch(host.Name, replies);
    }

    private JsonObject Activity(string type, string? activityId) => new()
    {
        ["type"] = type,
        ["id"] = activityId ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = ChannelId,
        ["serviceUrl"] = UnusedServiceUrl,
        ["locale"] = locale,
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = "person-1", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "trialbot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = Id },
    };
}
