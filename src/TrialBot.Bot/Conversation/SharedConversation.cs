using Microsoft.Bot.Schema;

namespace TrialBot.Bot.Conversation;

/// <summary>
/// Tells a conversation that several people can read (a Teams group chat or channel, any conversation marked as a group)
/// from a personal one. Health questions are asked only in a personal conversation.
/// </summary>
internal static class SharedConversation
{
    /// <summary>Whether <paramref name="activity"/> belongs to a conversation others can read.</summary>
    /// <param name="activity">The incoming activity.</param>
    /// <returns>True for a group chat or a channel.</returns>
    public static bool Is(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        return conversation?.IsGroup == true
            || string.Equals(conversation?.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
            || string.Equals(conversation?.ConversationType, "channel", StringComparison.OrdinalIgnoreCase);
    }
}
