using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Commands;

/// <summary>The ids and default handlers of the commands every conversation has.</summary>
public static class BuiltInCommands
{
    /// <summary>The help command: explains how to answer, then asks the current question again.</summary>
    public const string Help = "help";

    /// <summary>The restart command: clears the stack and begins the root dialog.</summary>
    public const string Restart = "restart";

    /// <summary>The cancel command: ends every dialog with a message.</summary>
    public const string Cancel = "cancel";

    /// <summary>Sends the help text, then asks the active dialog's question again (or begins the root dialog when none is active).</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public static async Task<DialogTurnResult> HelpAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        await dialogContext.SendTextAsync(DialogTextKeys.Help, cancellationToken).ConfigureAwait(false);
        if (dialogContext.ActiveDialog is null)
        {
            return await dialogContext.BeginDialogAsync(dialogContext.RootDialogId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await dialogContext.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Says that the conversation starts over, clears the stack and begins the root dialog.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public static async Task<DialogTurnResult> RestartAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        await dialogContext.SendTextAsync(DialogTextKeys.Restarting, cancellationToken).ConfigureAwait(false);
        await dialogContext.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dialogContext.BeginDialogAsync(dialogContext.RootDialogId, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog and says so.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cancelled result.</returns>
    public static async Task<DialogTurnResult> CancelAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var result = await dialogContext.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await dialogContext.SendTextAsync(DialogTextKeys.Cancelled, cancellationToken).ConfigureAwait(false);
        return result;
    }
}
