using System.Text.Json.Nodes;

namespace TrialBot.Integration.Tests.Support;

/// <summary>The replies one turn got back (<c>expectReplies</c>), and which host gave them.</summary>
internal sealed record ReplyBatch(string Host, IReadOnlyList<JsonObject> Activities)
{
    public const string QuestionEntityType = "trialbot/question";
    public const string OutcomeEntityType = "trialbot/outcome";

    /// <summary>The question the last reply asks (its <c>trialbot/question</c> entity), or null.</summary>
    public string? LastQuestionId => Activities.Count == 0 ? null : (string?)Entity(Activities[^1], QuestionEntityType)?["id"];

    /// <summary>The outcome entity among the replies, or null.</summary>
    public JsonObject? Outcome => Activities.Select(activity => Entity(activity, OutcomeEntityType)).FirstOrDefault(entity => entity is not null);

    public IReadOnlyList<string?> Texts => [.. Activities.Select(activity => (string?)activity["text"])];

    public override string ToString() => $"{Host}: [{string.Join(" | ", Texts)}]";

    private static JsonObject? Entity(JsonObject activity, string type)
        => activity["entities"]?.AsArray().FirstOrDefault(entity => (string?)entity!["type"] == type)?.AsObject();
}
