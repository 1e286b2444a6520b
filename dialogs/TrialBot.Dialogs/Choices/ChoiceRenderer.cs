using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using TrialBot.Dialogs.Channels;

namespace TrialBot.Dialogs.Choices;

/// <summary>
/// Shows choices on a message the way the channel can show them, reading only <see cref="ChannelCapabilities"/>:
/// suggested actions when the channel has them and the choices fit, else a hero card with buttons when it shows cards,
/// else numbered lines of text, or, where texts are short (<see cref="ChannelCapabilities.PrefersShortTexts"/>), the
/// numbered choices on one line without the hint.
/// </summary>
public static class ChoiceRenderer
{
    /// <summary>Adds <paramref name="choices"/> to <paramref name="activity"/> and sets its text format for the channel.</summary>
    /// <param name="activity">The message to add the choices to.</param>
    /// <param name="choices">The choices, in order.</param>
    /// <param name="capabilities">What the channel can show (from <see cref="ChannelCapabilityTable.ForActivity"/>).</param>
    /// <param name="numberedChoicesHint">The line after numbered choices, telling the person to answer with a number.</param>
    /// <param name="choiceSeparator">What separates numbered choices on one line (short texts); ", " when not given.</param>
    /// <returns>How the choices were shown.</returns>
    public static ChoiceRendering Render(Activity activity, IReadOnlyList<Choice> choices, ChannelCapabilities capabilities, string numberedChoicesHint, string? choiceSeparator = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(numberedChoicesHint);

        activity.TextFormat ??= capabilities.SupportsMarkdown ? TextFormatTypes.Markdown : TextFormatTypes.Plain;
        if (choices.Count == 0)
        {
            return ChoiceRendering.None;
        }

        if (capabilities.SupportsSuggestedActions && choices.Count <= capabilities.MaxSuggestedActions)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(ToButton)] };
            return ChoiceRendering.SuggestedActions;
        }

        if (capabilities.SupportsCards)
        {
            var card = new HeroCard { Buttons = [.. choices.Select(ToButton)] };
            activity.Attachments ??= [];
            activity.Attachments.Add(new Attachment(HeroCard.ContentType, content: card));
            return ChoiceRendering.HeroCard;
        }

        var text = new StringBuilder(activity.Text ?? string.Empty);
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        if (capabilities.PrefersShortTexts)
        {
            activity.Text = (text.Length > 0 ? text.ToString().TrimEnd('\n') + "\n" : string.Empty)
                + string.Join(choiceSeparator ?? ", ", choices.Select((choice, index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {choice.Title}")));
            return ChoiceRendering.NumberedText;
        }

        for (var index = 0; index < choices.Count; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{index + 1}. {choices[index].Title}\n");
        }

        text.Append('\n').Append(numberedChoicesHint);
        activity.Text = text.ToString();
        return ChoiceRendering.NumberedText;
    }

    private static CardAction ToButton(Choice choice) => new(ActionTypes.ImBack, choice.Title, value: choice.Title);
}
