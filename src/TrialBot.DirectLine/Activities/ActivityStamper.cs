using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Conversations;

namespace TrialBot.DirectLine.Activities;

/// <summary>
/// Sets the fields of an activity that the channel owns (time, channel, conversation, sender, recipient, reply link),
/// whatever a client or the bot put there: a client can choose its words and channel data, never whom it speaks for.
/// </summary>
internal sealed class ActivityStamper(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    /// <summary>The channel id activities carry: Web Chat is this channel's only client.</summary>
    public const string ChannelId = Channels.Webchat;

    private static readonly HashSet<string> ChannelOnlyReplyTypes =
        new([ActivityTypes.Trace, ActivityTypesEx.Delay, ActivityTypesEx.InvokeResponse], StringComparer.OrdinalIgnoreCase);

    private ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    /// <summary>The <c>conversationUpdate</c> the bot receives when <paramref name="conversation"/> starts (user and bot joined).</summary>
    public Activity ConversationStart(Conversation conversation, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var user = User(conversation, name: null);
        return new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = ActivityTranscript.ActivityId(conversation.Id, 0),
            Timestamp = clock.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: conversation.Id),
            From = user,
            Recipient = Bot,
            MembersAdded = [user, Bot],
            Locale = conversation.Locale,
        };
    }

    /// <summary>Stamps an activity a client sent; its id is set when it is queued.</summary>
    public void StampIncoming(Activity activity, Conversation conversation, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        activity.Timestamp = clock.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = User(conversation, activity.From?.Name);
        activity.Recipient = Bot;
        activity.ReplyToId = null;
        activity.DeliveryMode = null;
        activity.CallerId = null;
        if (string.IsNullOrWhiteSpace(activity.Locale))
        {
            activity.Locale = conversation.Locale;
        }
    }

    /// <summary>
    /// Stamps a reply of the bot to <paramref name="incoming"/>; returns false for activities meant for the channel
    /// itself (trace, delay, invoke response), which clients never see.
    /// </summary>
    public bool StampReply(Activity reply, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        if (reply.Type is null || ChannelOnlyReplyTypes.Contains(reply.Type))
        {
            return false;
        }

        reply.Timestamp = clock.GetUtcNow();
        reply.ChannelId = ChannelId;
        reply.ServiceUrl = incoming.ServiceUrl;
        reply.Conversation = incoming.Conversation;
        reply.From = Bot;
        reply.Recipient = incoming.From;
        reply.ReplyToId ??= incoming.Id;
        return true;
    }

    private static ChannelAccount User(Conversation conversation, string? name) =>
        new(conversation.Grant.UserId, name, RoleTypes.User);
}
