using TrialBot.DirectLine.Tokens;
using TrialBot.Storage.DirectLine;

namespace TrialBot.DirectLine.Conversations;

/// <summary>One open conversation as a request found it: who it is for, its language, and whether the person spoke.</summary>
internal sealed class Conversation
{
    /// <summary>The conversation as read from storage.</summary>
    public Conversation(DirectLineConversationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Grant = new ConversationGrant(record.ConversationId, record.UserId);
        Locale = record.Locale;
        PersonSpoke = record.PersonSpoke;
        LastUsed = record.LastUsed;
    }

    /// <summary>The conversation id.</summary>
    public string Id => Grant.ConversationId;

    /// <summary>The conversation and user its tokens name.</summary>
    public ConversationGrant Grant { get; }

    /// <summary>The language the client asked for when it started the conversation; null when it did not say.</summary>
    public string? Locale { get; }

    /// <summary>Whether the person had sent an activity of their own when it was read.</summary>
    public bool PersonSpoke { get; }

    /// <summary>When a request had last touched it when it was read.</summary>
    public DateTimeOffset LastUsed { get; }
}
