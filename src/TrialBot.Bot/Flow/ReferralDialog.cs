using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Referrals;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Waterfalls;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Flow;

/// <summary>
/// After a likely-eligible or needs-review outcome, or after "look again" following a likely-ineligible one: a waterfall
/// with one step per question (<see cref="ReferralSteps"/>) — whether the study team may make contact, which site (when
/// the place named none), the person's name and their phone or e-mail (on SMS it first offers the number the messages
/// come from) — then it stores the referral (a look-again request when the summary says so), says in plain words what
/// was saved and ends with the referral's id. Begun with the <see cref="ScreeningSummary"/> as its options; the engine
/// stores the step, and its values hold the site, the name, the number offered and the time of consent until the
/// referral is stored. "Back" goes to the previous question that was asked.
/// </summary>
internal sealed class ReferralDialog : WaterfallDialog, IQuestionAsker
{
    /// <summary>Initializes a new instance of the <see cref="ReferralDialog"/> class.</summary>
    /// <param name="sites">The trial's sites.</param>
    /// <param name="recorder">Stores referrals.</param>
    /// <param name="records">The conversation records.</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    /// <param name="timeProvider">The clock (time of consent).</param>
    public ReferralDialog(SiteDirectory sites, ReferralRecorder recorder, ConversationRecordStore records, BotTexts texts, ReplySender sender, TimeProvider timeProvider)
        : base(DialogIds.Referral, new ReferralSteps(sites, recorder, records, texts, sender, timeProvider).All)
    {
    }

    /// <summary>
    /// Tells whether a stored entry can be continued: the summary is readable, the entry waits at a question, and the
    /// answers before that question are kept. An entry stored before the referral was a waterfall (its step kept by name
    /// under <c>step</c>) cannot: the conversation starts again with the engine's message saying so.
    /// </summary>
    /// <param name="instance">The stored stack entry.</param>
    /// <returns>True when the entry is one this dialog can continue from.</returns>
    public override bool CanResume(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (!base.CanResume(instance) || instance.Step == ReferralSteps.Store || instance.Values.ContainsKey("step"))
        {
            return false;
        }

        try
        {
            return instance.GetOptions<ScreeningSummary>() is { OutcomeId: not null, CriterionStatuses: not null, SiteIds.Count: > 0 }
                && (instance.Step < ReferralSteps.Site || instance.Values.ContainsKey(ReferralSteps.ConsentedAtKey))
                && (instance.Step < ReferralSteps.Name || instance.Values.ContainsKey(ReferralSteps.SiteKey))
                && (instance.Step < ReferralSteps.ContactOffer || instance.Values.ContainsKey(ReferralSteps.NameKey));
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A message that reaches the referral itself (no prompt awaits it) gets the current question again.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dialogContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return AskAsync(dialogContext, dialogContext.ActiveDialog!, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(self);
        return GoToStepAsync(dialogContext, self, self.Step, null, cancellationToken);
    }

    /// <summary>Tells whether the referral has a question before the current one ("back" then goes there, not into the screening).</summary>
    /// <param name="self">This dialog's stack entry.</param>
    /// <returns>True after the first question.</returns>
    public static bool CanGoBack(DialogInstance self) => PreviousStep(self) is not null;

    /// <summary>Asks the referral's previous question again.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="self">This dialog's stack entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    /// <exception cref="InvalidOperationException">The referral is at its first question (see <see cref="CanGoBack"/>).</exception>
    public Task<DialogTurnResult> GoBackAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(self);
        var previous = PreviousStep(self) ?? throw new InvalidOperationException("The referral is at its first question.");
        return GoToStepAsync(dialogContext, self, previous, null, cancellationToken);
    }

    /// <summary>The step of the question asked before the current one (the site only when several applied, the offer only on SMS).</summary>
    private static int? PreviousStep(DialogInstance self)
    {
        ArgumentNullException.ThrowIfNull(self);
        return self.Step switch
        {
            ReferralSteps.Contact when self.Values.ContainsKey(ReferralSteps.OfferedPhoneKey) => ReferralSteps.ContactOffer,
            ReferralSteps.Contact or ReferralSteps.ContactOffer => ReferralSteps.Name,
            ReferralSteps.Name when ReferralSteps.Summary(self).SiteIds.Count > 1 => ReferralSteps.Site,
            ReferralSteps.Name or ReferralSteps.Site => ReferralSteps.Consent,
            _ => null,
        };
    }
}
