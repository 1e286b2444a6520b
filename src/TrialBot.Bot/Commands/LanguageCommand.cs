using TrialBot.Bot.Flow;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;

namespace TrialBot.Bot.Commands;

/// <summary>
/// "中文" / "English": the bot has already switched the conversation's language before the dialogs ran (the turn's
/// locale is the new one); this says so in the new language and asks the current question again, rebuilt in it.
/// </summary>
internal sealed class LanguageCommand
{
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="LanguageCommand"/> class.</summary>
    /// <param name="sender">Sends the bot's own messages.</param>
    public LanguageCommand(ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        this.sender = sender;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        await sender.SayAsync(dialogContext.Context, BotTextKeys.LanguageSwitched, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        return QuestioningDialog.FindAsker(dialogContext) is var (asker, instance)
            ? await asker.AskAsync(dialogContext, instance, cancellationToken).ConfigureAwait(false)
            : await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
    }
}
