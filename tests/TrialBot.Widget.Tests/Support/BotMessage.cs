using System.Globalization;
using System.Text.Json;

namespace TrialBot.Widget.Tests.Support;

/// <summary>A message the bot sent, as the page received it from Direct Line.</summary>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="Sequence">Its place in the conversation (the number that ends the Direct Line activity id).</param>
/// <param name="Text">Its text, as sent (Markdown; the page renders it).</param>
/// <param name="QuestionId">The id of its <c>trialbot/question</c> entity, when it asks a question.</param>
/// <param name="OutcomeId">The outcome of its <c>trialbot/outcome</c> entity, when it gives the outcome.</param>
/// <param name="SiteId">The site of its <c>trialbot/outcome</c> entity, when one applies.</param>
/// <param name="SuggestedActions">The buttons it offers: title to the value a click sends.</param>
internal sealed record BotMessage(
    string ConversationId,
    long Sequence,
    string Text,
    string? QuestionId,
    string? OutcomeId,
    string? SiteId,
    IReadOnlyDictionary<string, string> SuggestedActions)
{
    /// <summary>Reads a Direct Line activity; null unless it is a message from the bot.</summary>
    public static BotMessage? Read(JsonElement activity)
    {
        if (String(activity, "type") != "message"
            || !activity.TryGetProperty("from", out var from)
            || String(from, "role") != "bot"
            || !activity.TryGetProperty("conversation", out var conversation)
            || String(conversation, "id") is not { } conversationId
            || String(activity, "id") is not { } id)
        {
            return null;
        }

        var question = Entity(activity, "trialbot/question");
        var outcome = Entity(activity, "trialbot/outcome");
        var site = outcome is { } found && found.TryGetProperty("site", out var siteElement) && siteElement.ValueKind == JsonValueKind.Object
            ? String(siteElement, "id")
            : null;
        return new BotMessage(
            conversationId,
            long.Parse(id[(id.LastIndexOf('|') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture),
            String(activity, "text") ?? string.Empty,
            question is { } asked ? String(asked, "id") : null,
            outcome is { } given ? String(given, "outcome") : null,
            site,
            SuggestedActionsOf(activity));
    }

    /// <summary>A short description for failure messages.</summary>
    public override string ToString() =>
        $"#{Sequence} question={QuestionId ?? "-"} outcome={OutcomeId ?? "-"} \"{Text}\"";

    private static Dictionary<string, string> SuggestedActionsOf(JsonElement activity)
    {
        var actions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (activity.TryGetProperty("suggestedActions", out var suggested)
            && suggested.ValueKind == JsonValueKind.Object
            && suggested.TryGetProperty("actions", out var list)
            && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var action in list.EnumerateArray())
            {
                if (String(action, "title") is { } title)
                {
                    actions[title] = String(action, "value") ?? title;
                }
            }
        }

        return actions;
    }

    private static JsonElement? Entity(JsonElement activity, string type)
    {
        if (activity.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            foreach (var entity in entities.EnumerateArray())
            {
                if (String(entity, "type") == type)
                {
                    return entity;
                }
            }
        }

        return null;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
