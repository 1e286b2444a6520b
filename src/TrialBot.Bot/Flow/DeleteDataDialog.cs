using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Waterfalls;

namespace TrialBot.Bot.Flow;

/// <summary>
/// "Delete my data", a waterfall of two steps begun on top of whatever was being asked: ask for confirmation, then act on
/// it. Yes ends every dialog and asks the bot to erase the conversation's stored data at the end of the turn
/// (<see cref="ConversationErasure"/>); no says that nothing was deleted and ends, so the interrupted question is asked
/// again.
/// </summary>
internal sealed class DeleteDataDialog : WaterfallDialog, IQuestionAsker
{
    private const int ConfirmStep = 0;

    /// <summary>Initializes a new instance of the <see cref="DeleteDataDialog"/> class.</summary>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    public DeleteDataDialog(BotTexts texts, ReplySender sender)
        : base(DialogIds.DeleteData, Steps(texts, sender))
    {
    }

    /// <summary>A message that reaches the dialog itself (no prompt awaits it) gets the confirmation again.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dialogContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return AskAsync(dialogContext, dialogContext.ActiveDialog!, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default) =>
        GoToStepAsync(dialogContext, self, ConfirmStep, null, cancellationToken);

    private static WaterfallStep[] Steps(BotTexts texts, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);

        Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.PromptAsync(DialogIds.ConfirmPrompt, new PromptOptions
            {
                Prompt = texts.Get(BotTextKeys.DeleteConfirm, step.Culture),
                Choices = YesNoChoices.Create(texts, step.Culture, allowDontKnow: false),
                QuestionId = DialogIds.DeleteQuestion,
            }, cancellationToken);

        async Task<DialogTurnResult> EraseOrKeepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            switch (step.Result)
            {
                case PromptResult<bool> { IsDontKnow: false, Value: true }:
                    ConversationErasure.Request(step.Context);
                    return await step.DialogContext.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                case PromptResult<bool>:
                    await sender.SayAsync(step.Context, BotTextKeys.DeleteKept, step.Culture, cancellationToken).ConfigureAwait(false);
                    return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                default:
                    return await step.GoToAsync(ConfirmStep, null, cancellationToken).ConfigureAwait(false);
            }
        }

        return [ConfirmAsync, EraseOrKeepAsync];
    }
}
