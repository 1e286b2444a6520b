using System.Text;
using System.Xml;
using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Channels;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace TrialBot.Sms.Replies;

/// <summary>
/// What of the bot's replies an SMS can carry: the texts of the turn's messages joined into one message (Twilio does not
/// promise the order of several), plain, in GSM-7 where plain forms of quotes, dashes and bullets make it fit
/// (<see cref="Gsm7Folding"/>), and split only when longer than the longest SMS the registered capability table gives
/// (<see cref="ChannelCapabilityTable"/>, the one the dialogs use: 1,600 characters by default). Attachments, suggested
/// actions and activities that are not messages are dropped (the bot renders choices for SMS as numbered text itself);
/// so are characters XML cannot carry.
/// </summary>
internal sealed class SmsReplyTexts
{
    private readonly int maxMessageLength;

    /// <summary>Initializes a new instance of the <see cref="SmsReplyTexts"/> class.</summary>
    /// <param name="channels">The channel capability table; its SMS row gives the longest message.</param>
    public SmsReplyTexts(ChannelCapabilityTable channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        maxMessageLength = channels.For(BotChannels.Sms).MaxMessageLength ?? int.MaxValue;
    }

    /// <summary>What stands between two of the turn's messages in the one SMS.</summary>
    public const string TurnSeparator = "\n\n";

    /// <summary>The messages to send for <paramref name="replies"/>, in order.</summary>
    public IReadOnlyList<string> From(IEnumerable<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var texts = replies
            .Where(reply => reply.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(reply.Text))
            .Select(reply => reply.Text.Trim());
        var turn = Gsm7Folding.Fold(XmlCharactersOnly(string.Join(TurnSeparator, texts)));
        return MessageSplitter.Split(turn, maxMessageLength);
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
