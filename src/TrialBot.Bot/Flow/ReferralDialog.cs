using System.Globalization;
using TrialBot.Bot.Answers;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Referrals;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Texts;
using TrialBot.Screening.Sites;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Flow;

/// <summary>
/// After a likely-eligible or needs-review outcome, or after "look again" following a likely-ineligible one: asks
/// whether the study team may make contact, which site (when the place named none), the person's name and their phone
/// or e-mail (on SMS it first offers the number the messages come from), then stores the referral (a look-again request
/// when the summary says so), says in plain words what was saved and ends with the referral's id. Begun with the
/// <see cref="ScreeningSummary"/> as its options; its values hold the step, the site, the name, the number offered and
/// the time of consent until the referral is stored.
/// </summary>
internal sealed class ReferralDialog : QuestioningDialog
{
    private const string StepKey = "step";
    private const string SiteKey = "siteId";
    private const string NameKey = "name";
    private const string ConsentedAtKey = "consentedAt";
    private const string OfferedPhoneKey = "offeredPhone";

    private readonly SiteDirectory sites;
    private readonly ReferralRecorder recorder;
    private readonly ConversationRecordStore records;
    private readonly BotTexts texts;
    private readonly ReplySender sender;
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance of the <see cref="ReferralDialog"/> class.</summary>
    /// <param name="sites">The trial's sites.</param>
    /// <param name="recorder">Stores referrals.</param>
    /// <param name="records">The conversation records.</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    /// <param name="timeProvider">The clock (time of consent).</param>
    public ReferralDialog(SiteDirectory sites, ReferralRecorder recorder, ConversationRecordStore records, BotTexts texts, ReplySender sender, TimeProvider timeProvider)
        : base(DialogIds.Referral)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.sites = sites;
        this.recorder = recorder;
        this.records = records;
        this.texts = texts;
        this.sender = sender;
        this.timeProvider = timeProvider;
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var self = dialogContext.ActiveDialog!;
        var summary = Summary(self);
        if (summary.SiteIds.Count == 1)
        {
            self.Values.SetValue(SiteKey, summary.SiteIds[0]);
        }

        return MoveToAsync(dialogContext, self, ReferralStep.Consent, cancellationToken);
    }

    /// <inheritdoc/>
    public override bool CanResume(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            return instance.GetOptions<ScreeningSummary>() is { OutcomeId: not null, CriterionStatuses: not null, SiteIds.Count: > 0 }
                && Enum.TryParse<ReferralStep>(instance.Values.GetValueOrDefault(StepKey, nameof(ReferralStep.Consent)), out _);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Takes the answer the step's prompt ended with, then asks the next step's question or stores the referral.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">The prompt's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var self = dialogContext.ActiveDialog!;
        switch (CurrentStep(self), result)
        {
            case (ReferralStep.Consent, PromptResult<bool> { IsDontKnow: false, Value: true }):
                self.Values.SetValue(ConsentedAtKey, timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                return await MoveToAsync(dialogContext, self, self.Values.ContainsKey(SiteKey) ? ReferralStep.Name : ReferralStep.Site, cancellationToken).ConfigureAwait(false);
            case (ReferralStep.Consent, PromptResult<bool>):
                await sender.SayAsync(dialogContext.Context, BotTextKeys.ReferralDeclined, dialogContext.Culture, cancellationToken).ConfigureAwait(false);
                return await dialogContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
            case (ReferralStep.Site, PromptResult<Choice> { IsDontKnow: false } site):
                self.Values.SetValue(SiteKey, site.Value.Value);
                return await MoveToAsync(dialogContext, self, ReferralStep.Name, cancellationToken).ConfigureAwait(false);
            case (ReferralStep.Name, PromptResult<string> { IsDontKnow: false } name):
                self.Values.SetValue(NameKey, name.Value);
                return await MoveToContactAsync(dialogContext, self, cancellationToken).ConfigureAwait(false);
            case (ReferralStep.Contact, PromptResult<ContactDetails> { IsDontKnow: false } contact):
                return await StoreAsync(dialogContext, self, contact.Value, cancellationToken).ConfigureAwait(false);
            case (ReferralStep.ContactOffer, PromptResult<ContactOfferReply> { IsDontKnow: false, Value.Other: { } other }):
                return await StoreAsync(dialogContext, self, other, cancellationToken).ConfigureAwait(false);
            case (ReferralStep.ContactOffer, PromptResult<ContactOfferReply> { IsDontKnow: false, Value.UsesOffered: true })
                when self.Values.TryGetValue<string>(OfferedPhoneKey, out var offered):
                return await StoreAsync(dialogContext, self, new ContactDetails(ContactKind.Phone, offered), cancellationToken).ConfigureAwait(false);
            case (ReferralStep.ContactOffer, PromptResult<ContactOfferReply> { IsDontKnow: false }):
                return await MoveToAsync(dialogContext, self, ReferralStep.Contact, cancellationToken).ConfigureAwait(false);
            default:
                return await AskAsync(dialogContext, self, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> AskAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(self);
        var culture = dialogContext.Culture;
        var (promptId, options) = CurrentStep(self) switch
        {
            ReferralStep.Consent when Summary(self).LookAgain => (DialogIds.ConfirmPrompt, new PromptOptions
            {
                Prompt = texts.Get(BotTextKeys.LookAgainAsk, culture),
                Choices = YesNoChoices.Create(texts, culture, allowDontKnow: false),
                QuestionId = DialogIds.LookAgainQuestion,
            }),
            ReferralStep.Consent => (DialogIds.ConfirmPrompt, new PromptOptions
            {
                Prompt = texts.Get(sender.PrefersShortMessages(dialogContext.Context) ? BotTextKeys.ReferralAskShort : BotTextKeys.ReferralAsk, culture),
                Choices = YesNoChoices.Create(texts, culture, allowDontKnow: false),
                QuestionId = DialogIds.ReferralQuestion,
            }),
            ReferralStep.ContactOffer => (DialogIds.ContactOfferPrompt, new PromptOptions
            {
                Prompt = texts.Text(BotTextKeys.ReferralContactOffer).With("phone", SenderPhone.Display(self.Values.GetValueOrDefault(OfferedPhoneKey, string.Empty))).Get(culture),
                Choices =
                [
                    new Choice(ConfirmPrompt.YesValue, texts.Get(DialogTextKeys.ConfirmYes, culture)),
                    new Choice(ConfirmPrompt.NoValue, texts.Get(BotTextKeys.ReferralContactOfferAnother, culture), [.. texts.Phrases(BotTextKeys.ContactAnotherPhrases).All]),
                ],
                QuestionId = DialogIds.ReferralContactOfferQuestion,
            }),
            ReferralStep.Site => (DialogIds.SitePrompt, new PromptOptions
            {
                Prompt = texts.Get(BotTextKeys.ReferralSiteAsk, culture),
                Choices = [.. Summary(self).SiteIds.Select(sites.Find).OfType<TrialSite>().Select(site => SiteChoice(site, culture))],
                QuestionId = DialogIds.ReferralSiteQuestion,
            }),
            ReferralStep.Name => (DialogIds.NamePrompt, new PromptOptions
            {
                Prompt = texts.Get(BotTextKeys.ReferralNameAsk, culture),
                RetryPrompt = texts.Get(BotTextKeys.ReferralNameReask, culture),
                QuestionId = DialogIds.ReferralNameQuestion,
            }),
            _ => (DialogIds.ContactPrompt, new PromptOptions
            {
                Prompt = texts.Get(BotTextKeys.ReferralContactAsk, culture),
                RetryPrompt = texts.Get(BotTextKeys.ReferralContactReask, culture),
                QuestionId = DialogIds.ReferralContactQuestion,
            }),
        };
        return PromptAsync(dialogContext, self, promptId, options, cancellationToken);
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
        return MoveToAsync(dialogContext, self, previous, cancellationToken);
    }

    private static ReferralStep? PreviousStep(DialogInstance self) => CurrentStep(self) switch
    {
        ReferralStep.Contact when self.Values.ContainsKey(OfferedPhoneKey) => ReferralStep.ContactOffer,
        ReferralStep.Contact or ReferralStep.ContactOffer => ReferralStep.Name,
        ReferralStep.Name when Summary(self).SiteIds.Count > 1 => ReferralStep.Site,
        ReferralStep.Name or ReferralStep.Site => ReferralStep.Consent,
        _ => null,
    };

    private static ScreeningSummary Summary(DialogInstance self) =>
        self.GetOptions<ScreeningSummary>() ?? throw new InvalidOperationException("The referral dialog was begun without the screening summary.");

    private static ReferralStep CurrentStep(DialogInstance self) =>
        Enum.TryParse<ReferralStep>(self.Values.GetValueOrDefault(StepKey, nameof(ReferralStep.Consent)), out var step) ? step : ReferralStep.Consent;

    private Task<DialogTurnResult> MoveToAsync(DialogContext dialogContext, DialogInstance self, ReferralStep step, CancellationToken cancellationToken)
    {
        self.Values.SetValue(StepKey, step.ToString());
        return AskAsync(dialogContext, self, cancellationToken);
    }

    /// <summary>The contact question: on SMS with a valid sender number, the offer of that number; else the question.</summary>
    private Task<DialogTurnResult> MoveToContactAsync(DialogContext dialogContext, DialogInstance self, CancellationToken cancellationToken)
    {
        if (SenderPhone.Of(dialogContext.Context.Activity) is { } offered)
        {
            self.Values.SetValue(OfferedPhoneKey, offered);
            return MoveToAsync(dialogContext, self, ReferralStep.ContactOffer, cancellationToken);
        }

        self.Values.Remove(OfferedPhoneKey);
        return MoveToAsync(dialogContext, self, ReferralStep.Contact, cancellationToken);
    }

    private Choice SiteChoice(TrialSite site, CultureInfo culture) =>
        new(site.Id, texts.Text(BotTextKeys.ReferralSiteChoice).With("city", site.City).With("name", site.Name).Get(culture), [site.City.En, site.City.Zh]);

    private async Task<DialogTurnResult> StoreAsync(DialogContext dialogContext, DialogInstance self, ContactDetails contact, CancellationToken cancellationToken)
    {
        var summary = Summary(self);
        var siteId = self.Values.GetValue<string>(SiteKey);
        var name = self.Values.GetValue<string>(NameKey);
        var consentedAt = DateTimeOffset.Parse(self.Values.GetValue<string>(ConsentedAtKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
        var referral = await recorder.StoreAsync(dialogContext.Context, summary, record, siteId, name, contact, consentedAt, summary.LookAgain, cancellationToken).ConfigureAwait(false);
        await records.SetAsync(dialogContext.Context, record with { ReferralStored = true }, cancellationToken).ConfigureAwait(false);

        var site = sites.Find(siteId);
        var saved = texts.Text(summary.LookAgain ? BotTextKeys.LookAgainSaved : BotTextKeys.ReferralSaved)
            .With("site", site?.Name ?? LocalizedText.Same(siteId))
            .With("name", name)
            .With("contact", texts.Text(contact.Kind == ContactKind.Phone ? BotTextKeys.ReferralContactPhone : BotTextKeys.ReferralContactEmail).With("contact", contact.Value));
        if (!summary.LookAgain)
        {
            // A look-again request says no outcome name: the person was told likely ineligible, which has none.
            saved = saved.With("outcome", texts.Text(BotTextKeys.OutcomeNamePrefix + summary.OutcomeId));
        }

        await sender.SendAsync(dialogContext.Context, saved.Get(dialogContext.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        return await dialogContext.EndDialogAsync(summary.LookAgain ? null : new StoredReferral(referral.Id, referral.TrialId), cancellationToken).ConfigureAwait(false);
    }
}
