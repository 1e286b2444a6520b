using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question. Yes and no end the prompt with true or false; unsure ends it with "don't know". Answers are
/// recognised by an <see cref="IConfirmRecognizer"/> (the application's, or <see cref="EnglishConfirmRecognizer"/>),
/// and picking a shown choice by number or title counts too. Without choices in the options it shows "Yes" and "No".
/// Custom choices must use the values <see cref="YesValue"/>, <see cref="NoValue"/> and <see cref="UnsureValue"/>.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    /// <summary>The choice value meaning yes.</summary>
    public const string YesValue = "yes";

    /// <summary>The choice value meaning no.</summary>
    public const string NoValue = "no";

    /// <summary>The choice value meaning unsure.</summary>
    public const string UnsureValue = "unsure";

    /// <summary>Initializes a new instance of the <see cref="ConfirmPrompt"/> class.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <param name="recognizer">Recognises yes/no/unsure; <see cref="EnglishConfirmRecognizer"/> when null.</param>
    /// <param name="validator">Decides whether to accept an answer.</param>
    public ConfirmPrompt(string id, IConfirmRecognizer? recognizer = null, PromptValidator<bool>? validator = null)
        : base(id, new ConfirmPromptRecognizer(recognizer ?? new EnglishConfirmRecognizer()), validator)
    {
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<Choice> GetChoices(PromptOptions options, DialogContext dialogContext)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dialogContext);
        return options.Choices.Count > 0
            ? options.Choices
            :
            [
                new Choice(YesValue, dialogContext.Options.Texts.GetText(DialogTextKeys.ConfirmYes, dialogContext.Culture)),
                new Choice(NoValue, dialogContext.Options.Texts.GetText(DialogTextKeys.ConfirmNo, dialogContext.Culture)),
            ];
    }
}
