using TrialBot.Bot.Conversation;
using TrialBot.Bot.Flow;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Commands;

/// <summary>
/// "Back" and "change my …": clear one answer and ask that question again, then carry on where the screening stands. During
/// the screening the question replaces the one being asked; once the outcome was given the screening is taken up again
/// with the other answers kept (unless a referral was already stored from them); during the referral "back" goes to
/// its previous question.
/// </summary>
internal sealed class AnswerCorrections
{
    private readonly TrialDefinition definition;
    private readonly ConversationRecordStore records;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="AnswerCorrections"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="records">The conversation records.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    public AnswerCorrections(TrialDefinition definition, ConversationRecordStore records, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(sender);
        this.definition = definition;
        this.records = records;
        this.sender = sender;
    }

    /// <summary>"Back": the previous question of the referral, else the last answered screening question.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> BackAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (QuestioningDialog.FindAsker(dialogContext) is (ReferralDialog referral, var instance) && ReferralDialog.CanGoBack(instance))
        {
            return await referral.GoBackAsync(dialogContext, instance, cancellationToken).ConfigureAwait(false);
        }

        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        return record.Answered.Count == 0
            ? await SayAndAskAgainAsync(dialogContext, BotTextKeys.BackNothing, cancellationToken).ConfigureAwait(false)
            : await ClearAndAskAsync(dialogContext, record, record.Answered[^1], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"Change my …": the answer to <paramref name="questionId"/>.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="questionId">The question whose answer to change.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> ChangeAsync(DialogContext dialogContext, string questionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        if (!record.Answers.Has(questionId))
        {
            return await SayAndAskAgainAsync(dialogContext, BotTextKeys.ChangeNotAnswered, cancellationToken).ConfigureAwait(false);
        }

        return definition.Applies(questionId, record.Answers)
            ? await ClearAndAskAsync(dialogContext, record, questionId, cancellationToken).ConfigureAwait(false)
            : await SayAndAskAgainAsync(dialogContext, BotTextKeys.ChangeNotApplicable, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ClearAndAskAsync(DialogContext dialogContext, ConversationRecord record, string questionId, CancellationToken cancellationToken)
    {
        var asker = QuestioningDialog.FindAsker(dialogContext);
        if (asker is not (ScreeningDialog, _) && record.ReferralStored)
        {
            return await SayAndAskAgainAsync(dialogContext, BotTextKeys.BackUnavailable, cancellationToken).ConfigureAwait(false);
        }

        var cleared = record.WithoutAnswer(questionId);
        await records.SetAsync(dialogContext.Context, cleared, cancellationToken).ConfigureAwait(false);
        if (asker is (ScreeningDialog screening, var instance))
        {
            return await screening.AskAfterChangeAsync(dialogContext, instance, cleared, cancellationToken).ConfigureAwait(false);
        }

        await dialogContext.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dialogContext.BeginDialogAsync(DialogIds.Conversation, new ConversationOptions(ContinueScreening: true), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SayAndAskAgainAsync(DialogContext dialogContext, string textKey, CancellationToken cancellationToken)
    {
        await sender.SayAsync(dialogContext.Context, textKey, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        return await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
    }
}
