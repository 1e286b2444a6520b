using TrialBot.Bot.Conversation;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Bot.Texts;

/// <summary>
/// The dialog engine's texts, in both languages, taken from the bot's one text resource: English replaces the engine's
/// defaults, Chinese is added under <c>zh</c>. ("I don't know" is read by the recognition library's one lexicon.)
/// </summary>
internal static class EngineTexts
{
    /// <summary>The engine's text keys the bot gives in both languages.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        DialogTextKeys.NotUnderstood, DialogTextKeys.AnswerNotAccepted, DialogTextKeys.RetryCap, DialogTextKeys.RetryCapDontKnowChoice,
        DialogTextKeys.RetryCapHelpChoice, DialogTextKeys.MovingOn, DialogTextKeys.ChooseOneOf, DialogTextKeys.ChoiceListSeparator,
        DialogTextKeys.NumberedChoicesHint, DialogTextKeys.ConfirmYes, DialogTextKeys.ConfirmNo, DialogTextKeys.Help,
        DialogTextKeys.Restarting, DialogTextKeys.Cancelled, DialogTextKeys.ConversationReset,
    ];

    /// <summary>Creates the engine's texts: <see cref="Keys"/>, and every <c>problem.*</c> text.</summary>
    /// <param name="texts">The bot's texts.</param>
    /// <returns>The engine's texts.</returns>
    public static DialogTexts Create(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var engineTexts = new DialogTexts();
        foreach (var key in Keys.Concat(texts.TextKeys.Where(key => key.StartsWith(DialogTextKeys.ProblemPrefix, StringComparison.Ordinal))))
        {
            var text = texts.Text(key);
            engineTexts.SetText(string.Empty, key, text.En).SetText(ConversationLanguages.Chinese, key, text.Zh);
        }
        return engineTexts;
    }
}
