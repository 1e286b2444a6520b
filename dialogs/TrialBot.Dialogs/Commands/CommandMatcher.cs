namespace TrialBot.Dialogs.Commands;

/// <summary>
/// Decides whether the person's message gives a command that no fixed phrase can name (for example a question about the
/// study, recognised by its words, that is not an answer to the current question). It sees the whole turn and the stack.
/// </summary>
/// <param name="dialogContext">The dialog context of the turn; the stack is as it was before the message.</param>
/// <param name="cancellationToken">Cancels the operation.</param>
/// <returns>True when the message gives the command.</returns>
public delegate Task<bool> CommandMatcher(DialogContext dialogContext, CancellationToken cancellationToken);
