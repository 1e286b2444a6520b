using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Bot.Flow;

/// <summary>The choices shown with yes/no questions: Yes, No and, where allowed, I don't know.</summary>
internal static class YesNoChoices
{
    /// <summary>Creates the choices in the person's language.</summary>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="allowDontKnow">Whether "I don't know" is offered.</param>
    /// <returns>The choices, with the values <see cref="ConfirmPrompt"/> reads.</returns>
    public static IReadOnlyList<Choice> Create(BotTexts texts, CultureInfo culture, bool allowDontKnow)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var choices = new List<Choice>
        {
            new(ConfirmPrompt.YesValue, texts.Get(DialogTextKeys.ConfirmYes, culture)),
            new(ConfirmPrompt.NoValue, texts.Get(DialogTextKeys.ConfirmNo, culture)),
        };
        if (allowDontKnow)
        {
            choices.Add(new Choice(ConfirmPrompt.UnsureValue, texts.Get(BotTextKeys.ChoiceDontKnow, culture)));
        }

        return choices;
    }
}
