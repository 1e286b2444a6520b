using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;

namespace TrialBot.Bot.Flow;

/// <summary>
/// "Delete my data": asks for confirmation on top of whatever was being asked. Yes ends every dialog and asks the bot to
/// erase the conversation's stored data at the end of the turn (<see cref="ConversationErasure"/>); no says that nothing
/// was deleted, and the interrupted question is asked again.
/// </summary>
internal sealed class DeleteDataDialog : QuestioningDialog
{
    private readonly BotTexts texts;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="DeleteDataDialog"/> class.</summary>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    public DeleteDataDialog(BotTexts texts, ReplySender sender)
        : base(DialogIds.DeleteData)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);
        this.texts = texts;
        this.sender = sender;
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return AskAsync(dialogContext, dialogContext.ActiveDialog!, cancellationToken);
    }

    /// <summary>Erases on yes; otherwise says nothing was deleted and ends, so the interrupted question is asked again.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">The confirmation's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (result is not PromptResult<bool> confirmation)
        {
            return await AskAsync(dialogContext, dialogContext.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        }

        if (confirmation is { IsDontKnow: false, Value: true })
        {
            ConversationErasure.Request(dialogContext.Context);
            return await dialogContext.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await sender.SayAsync(dialogContext.Context, BotTextKeys.DeleteKept, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        return await dialogContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var options = new PromptOptions
        {
            Prompt = texts.Get(BotTextKeys.DeleteConfirm, dialogContext.Culture),
            Choices = YesNoChoices.Create(texts, dialogContext.Culture, allowDontKnow: false),
            QuestionId = DialogIds.DeleteQuestion,
        };
        return PromptAsync(dialogContext, self, DialogIds.ConfirmPrompt, options, cancellationToken);
    }
}
