using Microsoft.Bot.Builder;
using System.Globalization;
using Microsoft.Bot.Schema;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Channels;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// Sends the bot's own messages (greeting, outcome, answers to questions) as the channel takes them: split to its longest
/// message (<see cref="ChannelCapabilities.MaxMessageLength"/>, from the one capability table), as Markdown or plain
/// text, with any entities on the first message and any attachments on the last. Every message the bot writes itself goes through here (the engine
/// sends its prompts itself, rendered from the same capability table).
/// </summary>
internal sealed class ReplySender
{
    /// <summary>Channels whose messages are this short or shorter are text-message channels (SMS): they get short texts.</summary>
    public const int ShortMessageChannelLimit = 1600;

    private readonly ChannelCapabilityTable channels;
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="ReplySender"/> class.</summary>
    /// <param name="channels">The table of channel capabilities.</param>
    /// <param name="texts">The bot's texts.</param>
    public ReplySender(ChannelCapabilityTable channels, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(texts);
        this.channels = channels;
        this.texts = texts;
    }

    /// <summary>Tells whether the turn's channel takes only short text messages (SMS), so that short texts are sent.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>True for a short-message channel.</returns>
    public bool PrefersShortMessages(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return channels.ForActivity(turnContext.Activity).MaxMessageLength is <= ShortMessageChannelLimit;
    }

    /// <summary>Tells whether the turn's channel shows cards (Web Chat, Teams).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>True when cards are shown.</returns>
    public bool ShowsCards(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return channels.ForActivity(turnContext.Activity).SupportsCards;
    }

    /// <summary>Sends one of the bot's texts in the person's language.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="textKey">The text's key (<see cref="BotTextKeys"/>).</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the text was sent.</returns>
    public Task SayAsync(ITurnContext turnContext, string textKey, CultureInfo culture, CancellationToken cancellationToken = default) =>
        SendAsync(turnContext, texts.Get(textKey, culture), cancellationToken: cancellationToken);

    /// <summary>Sends a text, split as the channel needs.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="text">The text.</param>
    /// <param name="entities">Entities for the first message (for example the outcome entity), or none.</param>
    /// <param name="attachments">Attachments for the last message (for example the outcome's details card), or none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the messages were sent.</returns>
    public async Task SendAsync(ITurnContext turnContext, string text, IReadOnlyList<Entity>? entities = null, IReadOnlyList<Attachment>? attachments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(text);
        var capabilities = channels.ForActivity(turnContext.Activity);
        var activities = MessageSplitter.Split(text, capabilities.MaxMessageLength)
            .Select(part =>
            {
                var activity = (Activity)MessageFactory.Text(part);
                activity.TextFormat = capabilities.SupportsMarkdown ? TextFormatTypes.Markdown : TextFormatTypes.Plain;
                return activity;
            })
            .ToArray();
        if (entities is { Count: > 0 })
        {
            activities[0].Entities = [.. entities];
        }

        if (attachments is { Count: > 0 })
        {
            activities[^1].Attachments = [.. attachments];
        }

        await turnContext.SendActivitiesAsync(activities, cancellationToken).ConfigureAwait(false);
    }
}
