using TrialBot.Bot.Conversation;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Plan;
using TrialBot.Screening.Scoring;

namespace TrialBot.Bot.Flow;

/// <summary>
/// The screening: asks the plan's next question with the prompt of its kind, records each answer in the conversation
/// record, stops at the first definite fail or when nothing is left to ask, then scores the answers, sends the outcome
/// and ends with a <see cref="ScreeningSummary"/>. Its own stored value is only the id of the question being asked.
/// </summary>
internal sealed class ScreeningDialog : QuestioningDialog
{
    private const string QuestionKey = "question";

    private readonly TrialDefinition definition;
    private readonly QuestionPlan plan;
    private readonly ScreeningScorer scorer;
    private readonly ConversationRecordStore records;
    private readonly QuestionPrompts prompts;
    private readonly OutcomePresenter outcomes;
    private readonly ReplySender sender;
    private readonly ScreeningMetrics metrics;

    /// <summary>Initializes a new instance of the <see cref="ScreeningDialog"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="records">The conversation records (the answers).</param>
    /// <param name="prompts">Builds what to ask.</param>
    /// <param name="outcomes">Sends the outcome.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    /// <param name="metrics">The screening metrics.</param>
    public ScreeningDialog(TrialDefinition definition, ConversationRecordStore records, QuestionPrompts prompts, OutcomePresenter outcomes, ReplySender sender, ScreeningMetrics metrics)
        : base(DialogIds.Screening)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(metrics);
        this.definition = definition;
        plan = new QuestionPlan(definition);
        scorer = new ScreeningScorer(definition);
        this.records = records;
        this.prompts = prompts;
        this.outcomes = outcomes;
        this.sender = sender;
        this.metrics = metrics;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (options is not ScreeningOptions { KeepAnswers: true })
        {
            var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
            await records.SetAsync(dialogContext.Context, record.WithNewScreening(), cancellationToken).ConfigureAwait(false);
            metrics.ScreeningStarted();
        }

        return await AskAsync(dialogContext, dialogContext.ActiveDialog!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the answer the prompt ended with, then asks the next question (or gives the outcome).</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">The prompt's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var self = dialogContext.ActiveDialog!;
        var question = definition.FindQuestion(self.Values.GetValueOrDefault(QuestionKey, string.Empty));
        var answer = question is null ? null : ToAnswer(question, result);
        if (question is not null && answer is not null)
        {
            if (answer.DontKnow && !question.AllowsDontKnow)
            {
                // Reached through the retry cap's "I don't know": this question needs a definite answer.
                await sender.SayAsync(dialogContext.Context, BotTextKeys.ReaskDontKnowNotAllowed, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
                await records.SetAsync(dialogContext.Context, record.WithAnswer(question.Id, answer), cancellationToken).ConfigureAwait(false);
            }
        }

        return await AskAsync(dialogContext, self, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(self);
        var answers = (await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false)).Answers;
        var next = plan.Next(answers);
        if (next is null)
        {
            return ReferenceEquals(dialogContext.ActiveDialog, self)
                ? await FinishAsync(dialogContext, answers, cancellationToken).ConfigureAwait(false)
                : await dialogContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false); // ends the prompt; resuming here finishes
        }

        if (self.Values.GetValueOrDefault(QuestionKey, string.Empty) != next)
        {
            self.Values.SetValue(QuestionKey, next);
            metrics.QuestionAsked(next);
        }

        var question = definition.Question(next);
        var options = prompts.Create(question, answers, dialogContext.Culture);
        return await PromptAsync(dialogContext, self, DialogIds.AnswerPrompt(question.Kind), options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(DialogContext dialogContext, ScreeningAnswers answers, CancellationToken cancellationToken)
    {
        var result = scorer.Score(answers);
        metrics.ScreeningCompleted(result.OutcomeId);
        var sites = outcomes.SitesFor(result, answers);
        await outcomes.SendAsync(dialogContext.Context, result, sites, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        var summary = new ScreeningSummary(
            result.OutcomeId,
            result.Criteria.ToDictionary(criterion => criterion.CriterionId, criterion => criterion.StatusId, StringComparer.Ordinal),
            [.. sites.Select(site => site.Id)],
            result.Outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview);
        return await dialogContext.EndDialogAsync(summary, cancellationToken).ConfigureAwait(false);
    }

    private static AnswerValue? ToAnswer(QuestionDefinition question, object? result) => result switch
    {
        PromptResult<bool> yesNo when question.Kind == AnswerKind.YesNo =>
            yesNo.IsDontKnow ? AnswerValue.Unknown(AnswerKind.YesNo) : AnswerValue.FromYesNo(yesNo.Value),
        PromptResult<AnswerValue> other =>
            other.IsDontKnow ? AnswerValue.Unknown(question.Kind) : other.Value,
        _ => null,
    };
}
