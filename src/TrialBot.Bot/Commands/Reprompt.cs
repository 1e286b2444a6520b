using TrialBot.Bot.Flow;
using TrialBot.Dialogs;

namespace TrialBot.Bot.Commands;

/// <summary>What a command does after its own message: ask the current question again, or begin the conversation when nothing is active.</summary>
internal static class Reprompt
{
    /// <summary>Asks the current question again (as it was asked), or begins the root dialog.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public static async Task<DialogTurnResult> CurrentQuestionAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (dialogContext.ActiveDialog is null)
        {
            return await dialogContext.BeginDialogAsync(DialogIds.Conversation, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await dialogContext.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }
}
