using TrialBot.Dialogs;
using TrialBot.Dialogs.State;

namespace TrialBot.Bot.Flow;

/// <summary>
/// A dialog that asks its questions through prompts and can ask its current question anew from its own state, in the
/// turn's language: after a language switch, or after an answer was cleared ("back", "change my age"). The loops
/// (<see cref="QuestioningDialog"/>) and the waterfalls (<see cref="ReferralDialog"/>, <see cref="DeleteDataDialog"/>)
/// alike; the commands find the one asking with <see cref="QuestioningDialog.FindAsker"/>.
/// </summary>
internal interface IQuestionAsker
{
    /// <summary>
    /// Asks the dialog's current question anew in the turn's culture (replacing the prompt awaiting an answer, if any),
    /// or ends the dialog when it has nothing left to ask.
    /// </summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="self">The dialog's stack entry (the active one, or the one just below the active prompt).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default);
}
