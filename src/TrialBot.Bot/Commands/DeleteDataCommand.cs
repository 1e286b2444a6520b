using TrialBot.Bot.Flow;
using TrialBot.Dialogs;

namespace TrialBot.Bot.Commands;

/// <summary>"Delete my data": asks for confirmation on top of the current question (<see cref="DeleteDataDialog"/>).</summary>
internal static class DeleteDataCommand
{
    /// <summary>Runs the command.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public static Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return QuestioningDialog.FindAsker(dialogContext) is (DeleteDataDialog, _)
            ? Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken)
            : dialogContext.BeginDialogAsync(DialogIds.DeleteData, cancellationToken: cancellationToken);
    }
}
