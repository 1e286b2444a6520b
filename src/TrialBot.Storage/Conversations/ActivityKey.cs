namespace TrialBot.Storage.Conversations;

/// <summary>Identifies one activity of one conversation.</summary>
/// <param name="Conversation">The conversation.</param>
/// <param name="ActivityId">The activity's id, as the channel gave it.</param>
public sealed record ActivityKey(ConversationKey Conversation, string ActivityId);
