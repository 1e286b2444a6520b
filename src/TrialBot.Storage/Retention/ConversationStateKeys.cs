using TrialBot.Storage.Conversations;

namespace TrialBot.Storage.Retention;

/// <summary>The state keys that belong to one conversation (and, optionally, its user).</summary>
internal sealed class ConversationStateKeys(ConversationKey conversation, string? userId)
{
    /// <summary>The conversation's own state key.</summary>
    public string Exact { get; } = conversation.StateKey;

    /// <summary>Keys starting with this belong to the conversation too (per-user and other sub-scopes).</summary>
    public string Prefix { get; } = conversation.StateKey + "/";

    /// <summary>The user's state key, or <see langword="null"/> when no user was given.</summary>
    public string? User { get; } = string.IsNullOrEmpty(userId) ? null : $"{conversation.ChannelId}/users/{userId}";

    /// <summary>Whether <paramref name="key"/> belongs to the conversation or the user.</summary>
    /// <param name="key">A state key.</param>
    /// <returns><see langword="true"/> if it is to be erased.</returns>
    public bool Covers(string key) =>
        key == Exact || key.StartsWith(Prefix, StringComparison.Ordinal) || (User is not null && key == User);
}
