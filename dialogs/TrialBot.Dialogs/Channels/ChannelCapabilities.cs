namespace TrialBot.Dialogs.Channels;

/// <summary>What a channel can show. The values come from <see cref="ChannelCapabilityTable"/>, the one place that knows channels.</summary>
public sealed record ChannelCapabilities
{
    /// <summary>Gets a value indicating whether the channel shows suggested actions (quick-reply buttons).</summary>
    public bool SupportsSuggestedActions { get; init; }

    /// <summary>Gets the most suggested actions the channel shows at once.</summary>
    public int MaxSuggestedActions { get; init; }

    /// <summary>Gets a value indicating whether suggested actions work only in one-to-one ("personal") conversations, as on Microsoft Teams.</summary>
    public bool SuggestedActionsInPersonalChatOnly { get; init; }

    /// <summary>Gets a value indicating whether the channel shows card attachments (hero cards with buttons).</summary>
    public bool SupportsCards { get; init; }

    /// <summary>Gets a value indicating whether the channel renders Markdown; otherwise messages are sent as plain text.</summary>
    public bool SupportsMarkdown { get; init; }

    /// <summary>
    /// Gets a value indicating whether every character costs the person something (SMS): texts come in their short
    /// forms, and numbered choices stand on one line without the line that explains them.
    /// </summary>
    public bool PrefersShortTexts { get; init; }

    /// <summary>Gets the longest message the channel takes, in characters, or null when it has no practical limit (for senders that must split messages).</summary>
    public int? MaxMessageLength { get; init; }

    /// <summary>Returns the capabilities that apply in a conversation of the given type.</summary>
    /// <param name="conversationType">The activity's <c>conversation.conversationType</c> ("personal", "groupChat", "channel"), or null.</param>
    /// <returns>These capabilities, without suggested actions where the channel allows them only in personal chats.</returns>
    public ChannelCapabilities ForConversation(string? conversationType) =>
        SuggestedActionsInPersonalChatOnly && !string.Equals(conversationType, "personal", StringComparison.OrdinalIgnoreCase)
            ? this with { SupportsSuggestedActions = false, MaxSuggestedActions = 0 }
            : this;
}
