using BotChannels = Microsoft.Bot.Connector.Channels;
using Microsoft.Bot.Schema;

namespace TrialBot.Dialogs.Channels;

/// <summary>
/// The one table of what each channel can show, by channel id. All choice rendering reads it; nothing else in the
/// engine looks at channel ids.
/// </summary>
public sealed class ChannelCapabilityTable
{
    private static readonly ChannelCapabilities RichWeb = new()
    {
        SupportsSuggestedActions = true,
        MaxSuggestedActions = 100,
        SupportsCards = true,
        SupportsMarkdown = true,
    };

    private readonly Dictionary<string, ChannelCapabilities> channels;

    /// <summary>Initializes a new instance of the <see cref="ChannelCapabilityTable"/> class.</summary>
    /// <param name="channels">Capabilities by channel id (compared case-insensitively).</param>
    /// <param name="fallback">Capabilities of channels not in the table.</param>
    public ChannelCapabilityTable(IReadOnlyDictionary<string, ChannelCapabilities> channels, ChannelCapabilities fallback)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(fallback);
        this.channels = new Dictionary<string, ChannelCapabilities>(channels, StringComparer.OrdinalIgnoreCase);
        Fallback = fallback;
    }

    /// <summary>
    /// Gets the default table: Web Chat, Direct Line, the Emulator and the test adapter show suggested actions, cards
    /// and Markdown; Microsoft Teams shows up to 3 suggested actions in personal chats only, and cards; SMS shows plain
    /// text only (at most 1600 characters per message) and prefers short texts; any other channel gets plain text.
    /// </summary>
    public static ChannelCapabilityTable Default { get; } = new(
        new Dictionary<string, ChannelCapabilities>
        {
            [BotChannels.Webchat] = RichWeb,
            [BotChannels.Directline] = RichWeb,
            [BotChannels.Emulator] = RichWeb,
            [BotChannels.Test] = RichWeb,
            [BotChannels.Msteams] = new()
            {
                SupportsSuggestedActions = true,
                MaxSuggestedActions = 3,
                SuggestedActionsInPersonalChatOnly = true,
                SupportsCards = true,
                SupportsMarkdown = true,
                MaxMessageLength = 28000,
            },
            [BotChannels.Sms] = new() { MaxMessageLength = 1600, PrefersShortTexts = true },
        },
        new ChannelCapabilities());

    /// <summary>Gets the capabilities of channels not in the table.</summary>
    public ChannelCapabilities Fallback { get; }

    /// <summary>Returns the table entry for a channel id.</summary>
    /// <param name="channelId">The channel id, or null.</param>
    /// <returns>The channel's capabilities, or <see cref="Fallback"/>.</returns>
    public ChannelCapabilities For(string? channelId) =>
        channelId is not null && channels.TryGetValue(channelId, out var capabilities) ? capabilities : Fallback;

    /// <summary>Returns the capabilities that apply to a conversation, from the activity's channel id and conversation type.</summary>
    /// <param name="activity">An activity of the conversation.</param>
    /// <returns>The capabilities in effect.</returns>
    public ChannelCapabilities ForActivity(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(activity.ChannelId).ForConversation(activity.Conversation?.ConversationType);
    }

    /// <summary>Returns a copy of the table with one channel's entry added or replaced.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="capabilities">The channel's capabilities.</param>
    /// <returns>The new table.</returns>
    public ChannelCapabilityTable With(string channelId, ChannelCapabilities capabilities)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(capabilities);
        var copy = new Dictionary<string, ChannelCapabilities>(channels, StringComparer.OrdinalIgnoreCase) { [channelId] = capabilities };
        return new ChannelCapabilityTable(copy, Fallback);
    }
}
