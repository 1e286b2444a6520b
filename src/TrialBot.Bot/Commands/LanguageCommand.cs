using TrialBot.Bot.Flow;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;

namespace TrialBot.Bot.Commands;

/// <summary>
/// "中文" / "English": the bot has already switched the conversation's language before the dialogs ran (the turn's
/// locale is the new one); this says so in the new language and asks the current question again, rebuilt in it.
/// </summary>
internal sealed class LanguageCommand
{
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="LanguageCommand"/> class.</summary>
    /// <param name="texts">The bot's texts.</param>
    public LanguageCommand(BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        await dialogContext.Context.SendActivityAsync(texts.Get(BotTextKeys.LanguageSwitched, dialogContext.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        return QuestioningDialog.FindAsker(dialogContext) is var (asker, instance)
            ? await asker.AskAsync(dialogContext, instance, cancellationToken).ConfigureAwait(false)
            : await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
    }
}
