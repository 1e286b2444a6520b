using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Prompts;

/// <summary>The choices a prompt offers when it reaches its retry cap ("I don't know", "Help"), and matching answers to them.</summary>
internal static class RetryCap
{
    private const string DontKnowValue = "dontKnow";
    private const string HelpValue = "help";

    /// <summary>The choices, titled in the person's language.</summary>
    public static IReadOnlyList<Choice> Choices(DialogContext dialogContext) =>
    [
        new Choice(DontKnowValue, dialogContext.Options.Texts.GetText(DialogTextKeys.RetryCapDontKnowChoice, dialogContext.Culture)),
        new Choice(HelpValue, dialogContext.Options.Texts.GetText(DialogTextKeys.RetryCapHelpChoice, dialogContext.Culture)),
    ];

    /// <summary>Matches an answer to the choices; by number only when they were shown as numbered text.</summary>
    public static RetryCapChoice Match(DialogContext dialogContext, string text, bool shownNumbered)
    {
        var choices = Choices(dialogContext);
        var index = ChoiceMatcher.FindIndex(text, choices, dialogContext.Culture, shownNumbered);
        return index < 0 ? RetryCapChoice.None : choices[index].Value == DontKnowValue ? RetryCapChoice.DontKnow : RetryCapChoice.Help;
    }
}
