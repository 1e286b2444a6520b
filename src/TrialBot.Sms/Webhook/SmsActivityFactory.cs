using Microsoft.Bot.Schema;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace TrialBot.Sms.Webhook;

/// <summary>
/// Turns an incoming SMS into the message activity the bot receives: channel <c>sms</c>, the conversation is the
/// sender's number, the id is Twilio's message id (so that a re-delivery is recognised as the same activity), and no
/// locale (the bot tells the language from the text).
/// </summary>
internal sealed class SmsActivityFactory(TimeProvider clock)
{
    /// <summary>The channel id SMS activities carry.</summary>
    public const string ChannelId = BotChannels.Sms;

    /// <summary>The activity for <paramref name="sms"/>.</summary>
    /// <param name="sms">The incoming message.</param>
    /// <param name="serviceUrl">This host's base address (the adapter needs one; nothing is posted there).</param>
    public Activity Create(InboundSms sms, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(sms);
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        return new Activity(ActivityTypes.Message)
        {
            Id = sms.MessageSid,
            Timestamp = clock.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: sms.From),
            From = new ChannelAccount(sms.From, role: RoleTypes.User),
            Recipient = new ChannelAccount(sms.To, role: RoleTypes.Bot),
            Text = sms.Body,
            TextFormat = TextFormatTypes.Plain,
        };
    }
}
