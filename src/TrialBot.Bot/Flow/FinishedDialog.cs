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
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="FinishedDialog"/> class.</summary>
    /// <param name="texts">The bot's texts.</param>
    public FinishedDialog(BotTexts texts)
        : base(DialogIds.Finished)
    {
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
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
        await dialogContext.Context.SendActivityAsync(texts.Get(BotTextKeys.Finished, dialogContext.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }
}
