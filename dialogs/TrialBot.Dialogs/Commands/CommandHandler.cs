namespace TrialBot.Dialogs.Commands;

/// <summary>Handles a command the person gave instead of an answer (for example "help").</summary>
/// <param name="dialogContext">The dialog context of the turn; the stack is as it was before the command.</param>
/// <param name="cancellationToken">Cancels the operation.</param>
/// <returns>Where the stack stands after the command.</returns>
public delegate Task<DialogTurnResult> CommandHandler(DialogContext dialogContext, CancellationToken cancellationToken);
