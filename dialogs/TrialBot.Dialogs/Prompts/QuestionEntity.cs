using Microsoft.Bot.Schema;

namespace TrialBot.Dialogs.Prompts;

/// <summary>The entity that marks which question a message asks: <c>{"type": "trialbot/question", "id": "…"}</c>, for clients, transcripts and tests.</summary>
public static class QuestionEntity
{
    /// <summary>The entity's type.</summary>
    public const string EntityType = "trialbot/question";

    /// <summary>Creates the entity for a question id.</summary>
    /// <param name="questionId">The question's id.</param>
    /// <returns>The entity.</returns>
    public static Entity Create(string questionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(questionId);
        var entity = new Entity(EntityType);
        entity.Properties["id"] = questionId;
        return entity;
    }

    /// <summary>Reads the question id a message carries.</summary>
    /// <param name="activity">The message.</param>
    /// <returns>The question id, or null when the message carries no question entity.</returns>
    public static string? FindQuestionId(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity as IMessageActivity)?.Entities?
            .FirstOrDefault(entity => entity.Type == EntityType)?
            .Properties["id"]?.ToString();
    }
}
