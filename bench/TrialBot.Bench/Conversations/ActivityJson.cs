using System.Text.Json.Nodes;

namespace TrialBot.Bench.Conversations;

/// <summary>A message activity as a channel posts it to <c>/api/messages</c>, with <c>deliveryMode: expectReplies</c>.</summary>
internal static class ActivityJson
{
    /// <summary>
    /// The adapter requires a serviceUrl but sends nothing there with expectReplies: loopback's discard port, so nothing
    /// could leave the machine even if it did.
    /// </summary>
    public const string ServiceUrl = "http://127.0.0.1:9/";

    public static byte[] Message(ConversationIdentity identity, string text, int turn)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{identity.ConversationId}-{turn}",
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = ConversationIdentity.ChannelId,
            ["serviceUrl"] = ServiceUrl,
            ["locale"] = identity.Language.Locale(),
            ["deliveryMode"] = "expectReplies",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = identity.UserId, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "trialbot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = identity.ConversationId },
        };
        return System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString());
    }
}
