using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrialBot.Dialogs.Prompts;

namespace TrialBot.Bot.Tests.Support;

/// <summary>Reading the bot's replies: question ids, the outcome entity, texts.</summary>
internal static class Replies
{
    public const string OutcomeEntityType = "trialbot/outcome";

    /// <summary>The question id the last reply asks, or null.</summary>
    public static string? LastQuestionId(IReadOnlyList<Activity> replies) =>
        replies.Count == 0 ? null : QuestionEntity.FindQuestionId(replies[^1]);

    /// <summary>The outcome entity among the replies, or null.</summary>
    public static JObject? Outcome(IEnumerable<Activity> replies) =>
        replies.SelectMany(reply => reply.Entities ?? []).FirstOrDefault(entity => entity.Type == OutcomeEntityType)?.Properties;

    /// <summary>The replies' texts joined, to search in.</summary>
    public static string Text(IEnumerable<Activity> replies) => string.Join("\n---\n", replies.Select(reply => reply.Text));

    /// <summary>The status of a criterion in an outcome entity.</summary>
    public static string Status(JObject outcome, string criterionId) =>
        (string)((JArray)outcome["criteria"]!).Single(criterion => (string?)criterion["id"] == criterionId)["status"]!;
}
