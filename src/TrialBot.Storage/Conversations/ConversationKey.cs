using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace TrialBot.Storage.Conversations;

/// <summary>Identifies one conversation on one channel.</summary>
/// <param name="ChannelId">The channel (for example <c>webchat</c>, <c>directline</c>, <c>msteams</c>).</param>
/// <param name="ConversationId">The channel's conversation id.</param>
public sealed record ConversationKey(string ChannelId, string ConversationId)
{
    /// <summary>The key under which <see cref="ConversationState"/> stores this conversation's state; other per-
    /// conversation scopes (such as <see cref="PrivateConversationState"/>) store under keys that start with it
    /// followed by <c>/</c>.</summary>
    public string StateKey => $"{ChannelId}/conversations/{ConversationId}";

    /// <summary>A SHA-256 hash (lower-case hex) of <see cref="StateKey"/>: what a referral stores instead of the
    /// conversation id.</summary>
    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StateKey)));

    /// <summary>The conversation an activity belongs to.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>Its conversation, or <see langword="null"/> when the activity lacks a channel or conversation id.</returns>
    public static ConversationKey? From(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            ? null
            : new ConversationKey(activity.ChannelId, activity.Conversation.Id);
    }
}
