using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using TrialBot.Screening.Answers;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// A conversation's state item as the storage holds it, read back without the bot: the screening record's answered
/// question ids and answers, and the active dialog of the engine's stack.
/// </summary>
internal sealed record StoredConversation(JObject Item)
{
    public IReadOnlyList<string> Answered => Record?["answered"] is JArray answered ? answered.Values<string>().Select(id => id!).ToList() : [];

    public ScreeningAnswers Answers => Record?["answers"] is JObject answers
        ? ScreeningAnswersJson.Deserialize(answers.ToString(Newtonsoft.Json.Formatting.None)) ?? ScreeningAnswers.Empty
        : ScreeningAnswers.Empty;

    /// <summary>The screening record, stored as its JSON text.</summary>
    private JObject? Record => Item["screening"] is JValue { Type: JTokenType.String } text ? JObject.Parse((string)text!) : null;

    /// <summary>The id of the dialog on top of the engine's stack (for example <c>finished</c>), or null.</summary>
    public string? ActiveDialogId => Item["dialogStack"] is JValue { Type: JTokenType.String } text && JObject.Parse((string)text!)["stack"] is JArray { Count: > 0 } dialogs
        ? (string?)dialogs[dialogs.Count - 1]!["id"]
        : null;

    /// <summary>The conversation's stored state, or null when nothing is stored for it.</summary>
    public static async Task<StoredConversation?> ReadAsync(IStorage storage, string conversationId, string channelId = ChannelClient.ChannelId, CancellationToken cancellationToken = default)
    {
        var key = $"{channelId}/conversations/{conversationId}";
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) && item is not null ? new StoredConversation(JObject.FromObject(item)) : null;
    }

    /// <summary>Writes this state back over the conversation's item, whatever is stored there now.</summary>
    public Task RestoreAsync(IStorage storage, string conversationId, CancellationToken cancellationToken = default)
    {
        var copy = (JObject)Item.DeepClone();
        copy["eTag"] = "*";
        return storage.WriteAsync(new Dictionary<string, object> { [ChannelClient.StateKey(conversationId)] = copy }, cancellationToken);
    }
}
