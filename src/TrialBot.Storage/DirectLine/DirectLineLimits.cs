namespace TrialBot.Storage.DirectLine;

/// <summary>How many conversations may be open, and which ones have expired.</summary>
/// <param name="MaxConversations">The most conversations open at once.</param>
/// <param name="IdleBefore">A conversation last used before this has expired.</param>
/// <param name="SilentBefore">A conversation nobody spoke in, last used before this, has expired.</param>
public sealed record DirectLineLimits(int MaxConversations, DateTimeOffset IdleBefore, DateTimeOffset SilentBefore)
{
    /// <summary>Whether <paramref name="conversation"/> has expired.</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>True when expired.</returns>
    public bool IsExpired(DirectLineConversationRecord conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return conversation.LastUsed < IdleBefore || (!conversation.PersonSpoke && conversation.LastUsed < SilentBefore);
    }
}
