using TrialBot.Dialogs;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;

namespace TrialBot.Bot.Flow;

/// <summary>
/// A dialog that asks its questions through prompts it begins itself from its own state, in a loop rather than as a
/// waterfall of fixed steps (the screening's plan and the pre-call questions are data), and can ask its current question
/// anew in the turn's language. The commands find any <see cref="IQuestionAsker"/> with <see cref="FindAsker"/>.
/// </summary>
internal abstract class QuestioningDialog : Dialog, IQuestionAsker
{
    /// <summary>Initializes a new instance of the <see cref="QuestioningDialog"/> class.</summary>
    /// <param name="id">The dialog's id.</param>
    protected QuestioningDialog(string id)
        : base(id)
    {
    }

    /// <summary>Finds the dialog that asked the question now awaiting an answer: the active dialog, or the one below its prompt.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <returns>The dialog and its stack entry, or null when no such dialog is active.</returns>
    public static (IQuestionAsker Dialog, DialogInstance Instance)? FindAsker(DialogContext dialogContext)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        foreach (var instance in dialogContext.Stack.Reverse().Take(2))
        {
            if (dialogContext.Dialogs.Find(instance.DialogId) is IQuestionAsker dialog)
            {
                return (dialog, instance);
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public abstract Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default);

    /// <summary>A message that reaches the dialog itself (no prompt awaits it) gets the current question.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dialogContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return AskAsync(dialogContext, dialogContext.ActiveDialog!, cancellationToken);
    }

    /// <summary>Begins a prompt for this dialog, replacing the prompt that awaits an answer when this dialog is not the active one.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="self">This dialog's stack entry.</param>
    /// <param name="promptId">The prompt's id.</param>
    /// <param name="options">What to ask.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    protected static Task<DialogTurnResult> PromptAsync(DialogContext dialogContext, DialogInstance self, string promptId, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return ReferenceEquals(dialogContext.ActiveDialog, self)
            ? dialogContext.PromptAsync(promptId, options, cancellationToken)
            : dialogContext.ReplaceDialogAsync(promptId, options, cancellationToken);
    }
}
