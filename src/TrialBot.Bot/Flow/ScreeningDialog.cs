using TrialBot.Bot.Answers;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Plan;
using TrialBot.Screening.Scoring;

namespace TrialBot.Bot.Flow;

/// <summary>
/// The screening: asks the plan's next question with the prompt of its kind and records each answer in the conversation
/// record. It never decides on a reading the person has not seen: an answer in the person's own words that makes one of
/// its question's criteria fail, and any tentative reading, is first said back to be confirmed (<c>{question id}.confirm</c>:
/// yes keeps it, no asks the question again, a corrected answer is checked the same way). When a criterion definitely
/// fails or nothing is left to ask, it lists the decisive answers for review (<c>review</c>): yes scores the answers,
/// sends the outcome and ends with a <see cref="ScreeningSummary"/>; no asks which answer to change, and a changed answer
/// comes back to the review. Its own stored values are the question being asked, the stage, and the answer awaiting
/// confirmation. It is a loop over the plan, not a waterfall: which question comes next is decided by the answers so
/// far and the trial file, so there is no fixed list of steps to write down.
/// </summary>
internal sealed class ScreeningDialog : QuestioningDialog
{
    private const string QuestionKey = "question";
    private const string StageKey = "stage";
    private const string PendingKey = "pending";
    private const string PendingSaidKey = "pendingSaid";
    private const string AskingStage = "asking";
    private const string ConfirmingStage = "confirming";
    private const string ReviewingStage = "reviewing";
    private const string ChoosingChangeStage = "choosing-change";
    private const string BirthdayStage = "birthday";
    private const string BirthdayAskedKey = "birthday-asked";

    private readonly TrialDefinition definition;
    private readonly TrialSet trials;
    private readonly TrialsScoring trialsScoring;
    private readonly QuestionPlan plan;
    private readonly ScreeningScorer scorer;
    private readonly ConversationRecordStore records;
    private readonly QuestionPrompts prompts;
    private readonly UnderstoodPrompts understood;
    private readonly AnswerReview review;
    private readonly OutcomePresenter outcomes;
    private readonly ReplySender sender;
    private readonly ScreeningMetrics metrics;
    private readonly BirthdayReplyReader birthdayReplies;
    private readonly ForgottenMedicines forgottenMedicines;

    /// <summary>Initializes a new instance of the <see cref="ScreeningDialog"/> class.</summary>
    /// <param name="trials">The trials screened for (with one, everything as that trial's definition says).</param>
    /// <param name="trialsScoring">Scores each trial, when several are screened for.</param>
    /// <param name="records">The conversation records (the answers).</param>
    /// <param name="prompts">Builds what to ask.</param>
    /// <param name="understood">Builds the confirmation of what was understood.</param>
    /// <param name="review">Builds the review of the decisive answers.</param>
    /// <param name="outcomes">Sends the outcome.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    /// <param name="metrics">The screening metrics.</param>
    /// <param name="birthdayReplies">Reads an age stated in the reply to the birthday follow-up.</param>
    /// <param name="forgottenMedicines">Adds a medicine named while answering another question.</param>
    public ScreeningDialog(
        TrialSet trials,
        TrialsScoring trialsScoring,
        ConversationRecordStore records,
        QuestionPrompts prompts,
        UnderstoodPrompts understood,
        AnswerReview review,
        OutcomePresenter outcomes,
        ReplySender sender,
        ScreeningMetrics metrics,
        BirthdayReplyReader birthdayReplies,
        ForgottenMedicines forgottenMedicines)
        : base(DialogIds.Screening)
    {
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(trialsScoring);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(understood);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(birthdayReplies);
        ArgumentNullException.ThrowIfNull(forgottenMedicines);
        definition = trials.Combined;
        this.trials = trials;
        this.trialsScoring = trialsScoring;
        plan = new QuestionPlan(trials);
        scorer = new ScreeningScorer(definition);
        this.records = records;
        this.prompts = prompts;
        this.understood = understood;
        this.review = review;
        this.outcomes = outcomes;
        this.sender = sender;
        this.metrics = metrics;
        this.birthdayReplies = birthdayReplies;
        this.forgottenMedicines = forgottenMedicines;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        if (options is not ScreeningOptions { KeepAnswers: true })
        {
            record = record.WithNewScreening();
            await records.SetAsync(dialogContext.Context, record, cancellationToken).ConfigureAwait(false);
            metrics.ScreeningStarted();
        }

        return await AskCurrentAsync(dialogContext, dialogContext.ActiveDialog!, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes what the prompt ended with, by stage: an answer (kept, or first said back to be confirmed), the reply to a
    /// confirmation, the reply to the review, or the answer picked to change; then asks what comes next.
    /// </summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">The prompt's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var self = dialogContext.ActiveDialog!;
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        var question = definition.FindQuestion(self.Values.GetValueOrDefault(QuestionKey, string.Empty));
        return (Stage(self), result) switch
        {
            (ConfirmingStage, PromptResult<UnderstoodReply> reply) when question is not null =>
                await TakeReplyAsync(dialogContext, self, record, question, reply, cancellationToken).ConfigureAwait(false),
            (ReviewingStage, PromptResult<bool> { IsDontKnow: false, Value: true }) =>
                await FinishAsync(dialogContext, record.Answers, cancellationToken).ConfigureAwait(false),
            (ReviewingStage, PromptResult<bool>) =>
                await AskInStageAsync(dialogContext, self, record, ChoosingChangeStage, cancellationToken).ConfigureAwait(false),
            (ChoosingChangeStage, PromptResult<Choice> { IsDontKnow: false, Value.Value: ConfirmPrompt.YesValue }) =>
                await FinishAsync(dialogContext, record.Answers, cancellationToken).ConfigureAwait(false),
            (ChoosingChangeStage, PromptResult<Choice> { IsDontKnow: false } picked) when record.Answers.Has(picked.Value.Value) =>
                await ChangeAsync(dialogContext, self, record, picked.Value.Value, cancellationToken).ConfigureAwait(false),
            (BirthdayStage, PromptResult<bool> birthday) =>
                await TakeBirthdayAsync(dialogContext, self, record, birthday, cancellationToken).ConfigureAwait(false),
            (AskingStage, _) when question is not null && ToAnswer(question, result) is { } answer =>
                await TakeAnswerAsync(dialogContext, self, record, question, answer, IsTentative(result), IsChoice(result), cancellationToken).ConfigureAwait(false),
            _ => await AskInStageAsync(dialogContext, self, record, AskingStage, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(self);
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        return await AskCurrentAsync(dialogContext, self, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Asks the question whose answer was just cleared ("back", "change my age"): drops an answer awaiting confirmation
    /// and leaves the review, to which the screening comes back once the question is answered.
    /// </summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="self">This dialog's stack entry.</param>
    /// <param name="record">The conversation record, with the answer cleared.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public Task<DialogTurnResult> AskAfterChangeAsync(DialogContext dialogContext, DialogInstance self, ConversationRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(record);
        return AskInStageAsync(dialogContext, self, record, AskingStage, cancellationToken);
    }

    private async Task<DialogTurnResult> TakeAnswerAsync(
        DialogContext dialogContext,
        DialogInstance self,
        ConversationRecord record,
        QuestionDefinition question,
        Answer answer,
        bool isTentative,
        bool isChoice,
        CancellationToken cancellationToken)
    {
        if (answer is UnknownAnswer && !question.AllowsDontKnow)
        {
            // Reached through the retry cap's "I don't know": this question needs a definite answer.
            await sender.SayAsync(dialogContext.Context, BotTextKeys.ReaskDontKnowNotAllowed, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
            return await AskInStageAsync(dialogContext, self, record, AskingStage, cancellationToken).ConfigureAwait(false);
        }

        if (isTentative || (!isChoice && answer is not UnknownAnswer && Excludes(question, record.Answers.Set(question.Id, answer))))
        {
            self.Values.SetValue(PendingKey, ScreeningAnswersJson.SerializeAnswer(answer));
            self.Values.SetValue(PendingSaidKey, Said(dialogContext) ?? string.Empty);
            self.Values.SetValue(StageKey, ConfirmingStage);
            return await PromptAsync(dialogContext, self, DialogIds.UnderstoodPrompt, understood.Create(question, answer, dialogContext.Culture), cancellationToken).ConfigureAwait(false);
        }

        return await KeepAsync(dialogContext, self, record, question, answer, Said(dialogContext), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> TakeReplyAsync(
        DialogContext dialogContext,
        DialogInstance self,
        ConversationRecord record,
        QuestionDefinition question,
        PromptResult<UnderstoodReply> reply,
        CancellationToken cancellationToken)
    {
        var pending = Pending(self);
        var pendingSaid = self.Values.GetValueOrDefault(PendingSaidKey, string.Empty);
        self.Values.Remove(PendingKey);
        self.Values.Remove(PendingSaidKey);
        self.Values.SetValue(StageKey, AskingStage);
        if (reply.IsDontKnow || pending is null)
        {
            return await AskInStageAsync(dialogContext, self, record, AskingStage, cancellationToken).ConfigureAwait(false);
        }

        if (reply.Value is { Correction: { } correction })
        {
            return IsSame(correction, pending) || (reply.Value.IsRight && OnlyRestates(question, record, pending, correction))
                ? await KeepAsync(dialogContext, self, record, question, pending, pendingSaid, cancellationToken).ConfigureAwait(false)
                : await TakeAnswerAsync(dialogContext, self, record, question, correction, reply.IsTentative, isChoice: false, cancellationToken).ConfigureAwait(false);
        }

        if (reply.Value.IsRight)
        {
            return await KeepAsync(dialogContext, self, record, question, pending, pendingSaid, cancellationToken).ConfigureAwait(false);
        }

        await sender.SayAsync(dialogContext.Context, BotTextKeys.ReaskUnderstoodNo, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        return await AskInStageAsync(dialogContext, self, record, AskingStage, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the reply to the birthday follow-up: yes or no is kept with the age (it decides the age criterion); "don't
    /// know" leaves the age open for the study team, and is not asked again for the same age.
    /// </summary>
    private async Task<DialogTurnResult> TakeBirthdayAsync(DialogContext dialogContext, DialogInstance self, ConversationRecord record, PromptResult<bool> reply, CancellationToken cancellationToken)
    {
        var ageQuestionId = definition.AgeAtSigning?.QuestionId;
        var age = ageQuestionId is null ? null : record.Answers.Get(ageQuestionId);
        if (reply.IsDontKnow || age is not AgeAnswer given || ageQuestionId is null)
        {
            self.Values.SetValue(BirthdayAskedKey, AgeKey(age));
            return await AskInStageAsync(dialogContext, self, record, AskingStage, cancellationToken).ConfigureAwait(false);
        }

        if (birthdayReplies.OtherAgeSaid(dialogContext.Context, dialogContext.Culture, record.Answers, ageQuestionId, given) is { } said)
        {
            // "No, she turned 71 already, in February": the age said replaces the one asked about (and is asked about
            // again when it too is at a limit).
            var corrected = record.WithAnswer(ageQuestionId, said, dialogContext.Context.Activity.Text);
            await records.SetAsync(dialogContext.Context, corrected, cancellationToken).ConfigureAwait(false);
            return await AskInStageAsync(dialogContext, self, corrected, AskingStage, cancellationToken).ConfigureAwait(false);
        }

        var kept = record.WithAnswer(ageQuestionId, given with { NextBirthdaySoon = reply.Value }, record.Said.GetValueOrDefault(ageQuestionId));
        await records.SetAsync(dialogContext.Context, kept, cancellationToken).ConfigureAwait(false);
        return await AskInStageAsync(dialogContext, self, kept, AskingStage, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The age given and the next one, when the age is one under the youngest or the oldest allowed, counted at the
    /// signing (so a birthday within weeks decides it), and the follow-up is not answered yet; null otherwise.
    /// </summary>
    private (double Age, double Next)? BirthdayEdge(DialogInstance self, ScreeningAnswers answers)
    {
        var limits = definition.AgeAtSigning;
        var age = limits is null ? null : answers.Get(limits.QuestionId);
        if (limits is null || age is not AgeAnswer { NextBirthdaySoon: null, Years: var years }
            || self.Values.GetValueOrDefault(BirthdayAskedKey, string.Empty) == AgeKey(age))
        {
            return null;
        }

        var completed = Math.Floor(years);
        return limits.AtBirthdayEdge(completed) ? (completed, completed + 1) : null;
    }

    private static string AgeKey(Answer? age) =>
        age is AgeAnswer { Years: var years } ? years.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private async Task<DialogTurnResult> KeepAsync(DialogContext dialogContext, DialogInstance self, ConversationRecord record, QuestionDefinition question, Answer answer, string? said, CancellationToken cancellationToken)
    {
        var kept = await forgottenMedicines.AddAsync(dialogContext, record.WithAnswer(question.Id, answer, said), question, sender, cancellationToken).ConfigureAwait(false);
        await records.SetAsync(dialogContext.Context, kept, cancellationToken).ConfigureAwait(false);
        return await AskInStageAsync(dialogContext, self, kept, AskingStage, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ChangeAsync(DialogContext dialogContext, DialogInstance self, ConversationRecord record, string questionId, CancellationToken cancellationToken)
    {
        var cleared = record.WithoutAnswer(questionId);
        await records.SetAsync(dialogContext.Context, cleared, cancellationToken).ConfigureAwait(false);
        return await AskInStageAsync(dialogContext, self, cleared, AskingStage, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskInStageAsync(DialogContext dialogContext, DialogInstance self, ConversationRecord record, string stage, CancellationToken cancellationToken)
    {
        self.Values.SetValue(StageKey, stage);
        if (stage != ConfirmingStage)
        {
            self.Values.Remove(PendingKey);
            self.Values.Remove(PendingSaidKey);
        }

        return AskCurrentAsync(dialogContext, self, record, cancellationToken);
    }

    /// <summary>Asks what the stage calls for: the confirmation awaiting a reply, else the next question, else the review (or which answer to change).</summary>
    private async Task<DialogTurnResult> AskCurrentAsync(DialogContext dialogContext, DialogInstance self, ConversationRecord record, CancellationToken cancellationToken)
    {
        var answers = record.Answers;
        var stage = Stage(self);
        var asked = definition.FindQuestion(self.Values.GetValueOrDefault(QuestionKey, string.Empty));
        if (stage == ConfirmingStage && asked is not null && Pending(self) is { } pending)
        {
            return await PromptAsync(dialogContext, self, DialogIds.UnderstoodPrompt, understood.Create(asked, pending, dialogContext.Culture), cancellationToken).ConfigureAwait(false);
        }

        if (BirthdayEdge(self, answers) is { } edge)
        {
            self.Values.SetValue(StageKey, BirthdayStage);
            self.Values.Remove(PendingKey);
            return await PromptAsync(dialogContext, self, DialogIds.BirthdayPrompt, prompts.CreateBirthday(edge.Age, edge.Next, dialogContext.Culture), cancellationToken).ConfigureAwait(false);
        }

        var step = plan.Step(answers, dialogContext.Culture.Name);
        var next = step.NextQuestionId;
        if (next is null)
        {
            if (stage == ChoosingChangeStage)
            {
                return await PromptAsync(dialogContext, self, DialogIds.ReviewChangePrompt, review.CreateChange(answers, dialogContext.Culture), cancellationToken).ConfigureAwait(false);
            }

            self.Values.SetValue(StageKey, ReviewingStage);
            return await PromptAsync(dialogContext, self, DialogIds.ReviewPrompt, review.Create(answers, dialogContext.Culture, sender.PrefersShortMessages(dialogContext.Context)), cancellationToken).ConfigureAwait(false);
        }

        self.Values.SetValue(StageKey, AskingStage);
        self.Values.Remove(PendingKey);
        if (asked?.Id != next)
        {
            self.Values.SetValue(QuestionKey, next);
            metrics.QuestionAsked(next);
        }

        var question = definition.Question(next);
        var options = prompts.Create(question, step.Progress, dialogContext.Culture, sender.PrefersShortMessages(dialogContext.Context));
        return await PromptAsync(dialogContext, self, DialogIds.AnswerPrompt(question.Kind), options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(DialogContext dialogContext, ScreeningAnswers answers, CancellationToken cancellationToken)
    {
        if (trials.IsMany)
        {
            return await FinishTrialsAsync(dialogContext, answers, cancellationToken).ConfigureAwait(false);
        }

        var result = scorer.Score(answers);
        metrics.ScreeningCompleted(result.OutcomeId);
        var sites = outcomes.SitesFor(result, answers);
        await outcomes.SendAsync(dialogContext.Context, result, sites, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        await records.SetAsync(dialogContext.Context, record with { OutcomeGiven = true }, cancellationToken).ConfigureAwait(false);
        var summary = new ScreeningSummary(
            result.OutcomeId,
            result.Criteria.ToDictionary(criterion => criterion.CriterionId, criterion => criterion.StatusId, StringComparer.Ordinal),
            [.. sites.Select(site => site.Id)],
            result.Outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview);
        return await dialogContext.EndDialogAsync(summary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ends a screening for several trials: each trial scored by its own criteria, the outcome the best of them; the
    /// summary keeps every trial's criteria (<c>{trial id}/{criterion id}</c>), the sites of the trials that offer a
    /// referral, and those trials.
    /// </summary>
    private async Task<DialogTurnResult> FinishTrialsAsync(DialogContext dialogContext, ScreeningAnswers answers, CancellationToken cancellationToken)
    {
        var outcome = trialsScoring.Score(answers, dialogContext.Culture.Name);
        metrics.ScreeningCompleted(outcome.OutcomeId, [.. outcome.Trials.Where(trial => trial.Result is not null).Select(trial => (trial.Trial.Id, trial.OutcomeId))]);
        await outcomes.SendAsync(dialogContext.Context, outcome, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        await records.SetAsync(dialogContext.Context, record with { OutcomeGiven = true }, cancellationToken).ConfigureAwait(false);
        var offering = outcome.Offering;
        var summary = new ScreeningSummary(
            outcome.OutcomeId,
            outcome.Trials.Where(trial => trial.Result is not null)
                .SelectMany(trial => trial.Result!.Criteria.Select(criterion => (Key: TrialSet.CriterionKey(trial.Trial.Id, criterion.CriterionId), criterion.StatusId)))
                .ToDictionary(entry => entry.Key, entry => entry.StatusId, StringComparer.Ordinal),
            [.. outcome.Sites.Select(site => site.Id)],
            offering.Count > 0,
            TrialIds: [.. offering.Select(trial => trial.Trial.Id)]);
        return await dialogContext.EndDialogAsync(summary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when, with the answer, one of the question's own criteria fails (statuses only).</summary>
    private bool Excludes(QuestionDefinition question, ScreeningAnswers answers) =>
        question.Criteria.Count > 0 && scorer.FailingCriteria(answers).Any(id => question.Criteria.Contains(id, StringComparer.Ordinal));

    private static bool IsTentative(object? result) => result is PromptResult<bool> { IsTentative: true } or PromptResult<Answer> { IsTentative: true };

    private static bool IsChoice(object? result) => result is PromptResult<bool> { IsChoice: true } or PromptResult<Answer> { IsChoice: true };

    /// <summary>The words of the message being answered (for the study team; never logged).</summary>
    private static string? Said(DialogContext dialogContext) => dialogContext.Context.Activity?.Text;

    private static string Stage(DialogInstance self) => self.Values.GetValueOrDefault(StageKey, AskingStage);

    private static Answer? Pending(DialogInstance self) =>
        self.Values.TryGetValue<string>(PendingKey, out var json) ? ScreeningAnswersJson.DeserializeAnswer(json) : null;

    private static bool IsSame(Answer first, Answer second) => first == second;

    /// <summary>
    /// True when a yes to a lab value said back comes with words that read only as the same finding, less precisely (the
    /// value read back is 6 mg/dL, and "医生说这叫IgA缺乏" reads as below the limit): the value said back is kept.
    /// </summary>
    private bool OnlyRestates(QuestionDefinition question, ConversationRecord record, Answer pending, Answer said) =>
        said is LabConditionAnswer && pending is CreatinineAnswer or ProteinuriaAnswer or IgaAnswer && said.Kind == pending.Kind
        && Excludes(question, record.Answers.Set(question.Id, pending)) == Excludes(question, record.Answers.Set(question.Id, said));

    private static Answer? ToAnswer(QuestionDefinition question, object? result) => result switch
    {
        PromptResult<bool> yesNo when question.Kind == AnswerKind.YesNo =>
            yesNo.IsDontKnow ? new UnknownAnswer(AnswerKind.YesNo) : new YesNoAnswer(yesNo.Value),
        PromptResult<Answer> other =>
            other.IsDontKnow ? new UnknownAnswer(question.Kind) : other.Value,
        _ => null,
    };
}
