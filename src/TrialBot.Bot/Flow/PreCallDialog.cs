using System.Text.Json;
using TrialBot.Bot.Answers;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Referrals;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;
using TrialBot.Screening.Definition;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Flow;

/// <summary>
/// After a referral is stored: the study team's optional pre-call questions from the trial file (<c>precall.{id}</c>),
/// one at a time after a short introduction. Each answer is kept as said on the referral as soon as it is given; "skip"
/// (or "don't know") passes one, "skip all" passes the rest. They are no criteria and never change the outcome. Begun
/// with the <see cref="StoredReferral"/> as its options; its values hold the question being asked and the answers so far.
/// A loop over the trial file's list rather than a waterfall: every question is asked, kept and saved the same way, and
/// "skip all" ends the list from any of them, so one step per question would repeat one step; the list's length is
/// data, and a trial file with more or fewer questions needs no change to the dialogs' stored shape.
/// </summary>
internal sealed class PreCallDialog : QuestioningDialog
{
    private const string IndexKey = "index";
    private const string AnswersKey = "answers";

    private readonly TrialDefinition definition;
    private readonly ReferralRecorder recorder;
    private readonly BotTexts texts;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="PreCallDialog"/> class.</summary>
    /// <param name="definition">The trial definition (its pre-call questions).</param>
    /// <param name="recorder">Keeps the answers on the referral.</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    public PreCallDialog(TrialDefinition definition, ReferralRecorder recorder, BotTexts texts, ReplySender sender)
        : base(DialogIds.PreCall)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);
        this.definition = definition;
        this.recorder = recorder;
        this.texts = texts;
        this.sender = sender;
    }

    /// <summary>Whether the trial file has pre-call questions to ask.</summary>
    public bool HasQuestions => definition.PreCall.Count > 0;

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (!HasQuestions)
        {
            return await dialogContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var intro = sender.PrefersShortMessages(dialogContext.Context) ? BotTextKeys.PreCallIntroShort : BotTextKeys.PreCallIntro;
        await sender.SayAsync(dialogContext.Context, intro, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
        var self = dialogContext.ActiveDialog!;
        self.Values.SetValue(IndexKey, 0);
        return await AskAsync(dialogContext, self, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override bool CanResume(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            return instance.GetOptions<StoredReferral>() is { ReferralId: var id } && id != Guid.Empty
                && instance.Values.GetValueOrDefault(IndexKey, -1) is var index && index >= 0 && index < definition.PreCall.Count;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Keeps the reply to the question being asked, then asks the next one or ends.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">The prompt's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var self = dialogContext.ActiveDialog!;
        var reply = result switch
        {
            PromptResult<PreCallReply> { IsDontKnow: true } => PreCallReply.Skip,
            PromptResult<PreCallReply> answered => answered.Value,
            _ => null,
        };
        if (reply is null)
        {
            return await AskAsync(dialogContext, self, cancellationToken).ConfigureAwait(false);
        }

        var said = Said(self);
        said.Add(reply.Said);
        while (reply.SkipsAll && said.Count < definition.PreCall.Count)
        {
            said.Add(null);
        }

        self.Values.SetValue(AnswersKey, JsonSerializer.Serialize(said));
        var referralId = self.GetOptions<StoredReferral>()!.ReferralId;
        var kept = await recorder.SavePreCallAsync(dialogContext.Context, referralId, Answers(said), cancellationToken).ConfigureAwait(false);
        if (kept && said.Count < definition.PreCall.Count)
        {
            self.Values.SetValue(IndexKey, said.Count);
            return await AskAsync(dialogContext, self, cancellationToken).ConfigureAwait(false);
        }

        // Kept: the closing words. Not kept (the referral was deleted meanwhile): say so, never drop the answer in silence.
        var closing = !kept ? BotTextKeys.PreCallGone
            : said.Any(words => words is not null) && !reply.SkipsAll ? BotTextKeys.PreCallDone
            : BotTextKeys.PreCallSkippedAll;
        await sender.SayAsync(dialogContext.Context, closing, dialogContext.Culture, cancellationToken).ConfigureAwait(false);

        return await dialogContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(self);
        var question = definition.PreCall[Math.Clamp(self.Values.GetValueOrDefault(IndexKey, 0), 0, definition.PreCall.Count - 1)];
        var text = sender.PrefersShortMessages(dialogContext.Context) && question.ShortText is { } shortText ? shortText : question.Text;
        var options = new PromptOptions { Prompt = text.Get(dialogContext.Culture), QuestionId = question.QuestionId };
        return PromptAsync(dialogContext, self, DialogIds.PreCallPrompt, options, cancellationToken);
    }

    private static List<string?> Said(DialogInstance self) =>
        self.Values.TryGetValue<string>(AnswersKey, out var json) ? JsonSerializer.Deserialize<List<string?>>(json) ?? [] : [];

    private List<ReferralPreCallAnswer> Answers(List<string?> said) =>
        [.. said.Take(definition.PreCall.Count).Select((words, index) => Answer(definition.PreCall[index], words))];

    private static ReferralPreCallAnswer Answer(PreCallQuestion question, string? said) =>
        new(question.QuestionId, new ReferralText(question.Label.En, question.Label.Zh), said);
}
