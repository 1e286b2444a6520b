using TrialBot.Bot.Conversation;
using TrialBot.Bot.Flow;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;

namespace TrialBot.Bot.Commands;

/// <summary>
/// "Details" / "详情": once the outcome was given, every criterion with its status and reason and what the study team
/// checks at screening (before that, that there is no result yet); then the question being asked again, if any.
/// </summary>
internal sealed class DetailsCommand
{
    private readonly ScreeningScorer scorer;
    private readonly ConversationRecordStore records;
    private readonly OutcomePresenter outcomes;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="DetailsCommand"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="records">The conversation records (the answers).</param>
    /// <param name="outcomes">Sends the details.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    public DetailsCommand(TrialDefinition definition, ConversationRecordStore records, OutcomePresenter outcomes, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(sender);
        scorer = new ScreeningScorer(definition);
        this.records = records;
        this.outcomes = outcomes;
        this.sender = sender;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        if (record.OutcomeGiven)
        {
            await outcomes.SendDetailsAsync(dialogContext.Context, scorer.Score(record.Answers), dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await sender.SayAsync(dialogContext.Context, BotTextKeys.OutcomeDetailsNone, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        }

        // After the screening nothing is asked: the details stand alone rather than before the "finished" notice.
        return dialogContext.ActiveDialog?.DialogId == DialogIds.Finished
            ? DialogTurnResult.Waiting
            : await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
    }
}
