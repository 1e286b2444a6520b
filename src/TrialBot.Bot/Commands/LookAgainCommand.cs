using TrialBot.Bot.Conversation;
using TrialBot.Bot.Flow;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;

namespace TrialBot.Bot.Commands;

/// <summary>
/// "Look again" / "请再看看": after a likely-ineligible outcome, begins the referral as a request that the study team
/// look at the answers again (consent to be contacted, the site, the name and the contact, as for any referral); it is
/// stored marked as such and forms its own queue. Before an outcome, after another outcome, or once the details were
/// passed on, it says why not and asks the current question again (after the screening nothing is asked).
/// </summary>
internal sealed class LookAgainCommand
{
    private readonly ScreeningScorer scorer;
    private readonly ConversationRecordStore records;
    private readonly SiteSelection sites;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="LookAgainCommand"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="records">The conversation records (the answers, whether the outcome was given).</param>
    /// <param name="sites">The sites for the place answered.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    public LookAgainCommand(TrialDefinition definition, ConversationRecordStore records, SiteSelection sites, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(sender);
        scorer = new ScreeningScorer(definition);
        this.records = records;
        this.sites = sites;
        this.sender = sender;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (QuestioningDialog.FindAsker(dialogContext) is (ReferralDialog, _))
        {
            return await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
        }

        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        var result = record.OutcomeGiven ? scorer.Score(record.Answers) : null;
        if (result?.Outcome != ScreeningOutcome.LikelyIneligible || record.ReferralStored)
        {
            var why = result?.Outcome == ScreeningOutcome.LikelyIneligible ? BotTextKeys.LookAgainAlready : BotTextKeys.LookAgainNotApplicable;
            await sender.SayAsync(dialogContext.Context, why, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
            return dialogContext.ActiveDialog?.DialogId == DialogIds.Finished
                ? DialogTurnResult.Waiting
                : await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
        }

        var summary = new ScreeningSummary(
            result.OutcomeId,
            result.Criteria.ToDictionary(criterion => criterion.CriterionId, criterion => criterion.StatusId, StringComparer.Ordinal),
            [.. sites.For(record.Answers).Select(site => site.Id)],
            OffersReferral: false,
            LookAgain: true);
        return await dialogContext.BeginDialogAsync(DialogIds.Referral, summary, cancellationToken).ConfigureAwait(false);
    }
}
