using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.State;

namespace TrialBot.Bot.Flow;

/// <summary>
/// After the screening (and the referral): answers any message that is no command with what the person can still do
/// (ask about the study, restart, go back, delete their data), and stays until the conversation is restarted.
/// </summary>
internal sealed class FinishedDialog : QuestioningDialog
{
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="FinishedDialog"/> class.</summary>
    /// <param name="sender">Sends the bot's own messages.</param>
    public FinishedDialog(ReplySender sender)
        : base(DialogIds.Finished)
    {
        ArgumentNullException.ThrowIfNull(sender);
        this.sender = sender;
    }

    /// <summary>Waits, silently: the outcome (or the referral's last message) was just sent.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="options">Not used.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Waiting.</returns>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(DialogTurnResult.Waiting);

    /// <summary>Stays when a dialog begun on top of it (the confirmation of "delete my data") ends.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">Not used.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Waiting.</returns>
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default) =>
        Task.FromResult(DialogTurnResult.Waiting);

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        await sender.SayAsync(dialogContext.Context, BotTextKeys.Finished, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }
}
