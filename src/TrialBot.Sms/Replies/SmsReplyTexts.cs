using System.Text;
using System.Xml;
using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Channels;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace TrialBot.Sms.Replies;

/// <summary>
/// What of the bot's replies an SMS can carry: the text of each message, plain, split to the longest SMS the one
/// capability table gives (<see cref="ChannelCapabilityTable"/>: 1,600 characters). Attachments, suggested actions and
/// activities that are not messages are dropped (the bot renders choices for SMS as numbered text itself); so are
/// characters XML cannot carry.
/// </summary>
internal static class SmsReplyTexts
{
    private static readonly int MaxMessageLength =
        ChannelCapabilityTable.Default.For(BotChannels.Sms).MaxMessageLength
        ?? int.MaxValue;

    /// <summary>The messages to send for <paramref name="replies"/>, in order.</summary>
    public static IReadOnlyList<string> From(IEnumerable<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        return
        [
            .. replies
                .Where(reply => reply.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(reply.Text))
                .SelectMany(reply => MessageSplitter.Split(XmlCharactersOnly(reply.Text), MaxMessageLength)),
        ];
    }

    private static string XmlCharactersOnly(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }
}
