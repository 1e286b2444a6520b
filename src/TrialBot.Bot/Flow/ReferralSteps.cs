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
using TrialBot.Dialogs.Waterfalls;
using TrialBot.Screening.Sites;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Flow;

/// <summary>
/// The steps of the <see cref="ReferralDialog"/> waterfall, one per question. Each step keeps the answer to the question
/// before it, then asks its own or, when it does not apply, moves on to the next: consent; the site (only when several
/// apply and none was chosen before going back to consent); the name; on SMS the offer of the number the messages come from; the phone or e-mail (unless the offer gave
/// it); then the referral is stored and what was saved is said. A step run without an answer (<c>null</c>: "back", a
/// language switch) only asks its question. An answer a step cannot keep ("don't know" after the prompt's retry cap)
/// asks the question before it again.
/// </summary>
internal sealed class ReferralSteps
{
    /// <summary>Step: may the study team make contact (or, after "look again", look at the answers again).</summary>
    public const int Consent = 0;

    /// <summary>Step: which site, when several apply.</summary>
    public const int Site = 1;

    /// <summary>Step: the person's name.</summary>
    public const int Name = 2;

    /// <summary>Step: on SMS, may the study team use the number the messages come from.</summary>
    public const int ContactOffer = 3;

    /// <summary>Step: the person's phone or e-mail.</summary>
    public const int Contact = 4;

    /// <summary>Step: store the referral and say what was saved (never awaits an answer).</summary>
    public const int Store = 5;

    /// <summary>Value: the chosen site's id.</summary>
    public const string SiteKey = "siteId";

    /// <summary>Value: the person's name.</summary>
    public const string NameKey = "name";

    /// <summary>Value: the time of consent (round-trip format).</summary>
    public const string ConsentedAtKey = "consentedAt";

    /// <summary>Value: the sender's number offered as the contact (SMS).</summary>
    public const string OfferedPhoneKey = "offeredPhone";

    private readonly SiteDirectory sites;
    private readonly ReferralRecorder recorder;
    private readonly ConversationRecordStore records;
    private readonly BotTexts texts;
    private readonly ReplySender sender;
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance of the <see cref="ReferralSteps"/> class.</summary>
    /// <param name="sites">The trial's sites.</param>
    /// <param name="recorder">Stores referrals.</param>
    /// <param name="records">The conversation records.</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    /// <param name="timeProvider">The clock (time of consent).</param>
    public ReferralSteps(SiteDirectory sites, ReferralRecorder recorder, ConversationRecordStore records, BotTexts texts, ReplySender sender, TimeProvider timeProvider)
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

    /// <summary>Gets the steps, in order (their indexes are the constants above).</summary>
    public IReadOnlyList<WaterfallStep> All => [AskConsentAsync, AskSiteAsync, AskNameAsync, OfferSenderPhoneAsync, AskContactAsync, StoreAsync];

    /// <summary>Reads the screening summary the referral was begun with.</summary>
    /// <param name="self">The referral's stack entry.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="InvalidOperationException">The referral was begun without one.</exception>
    public static ScreeningSummary Summary(DialogInstance self)
    {
        ArgumentNullException.ThrowIfNull(self);
        return self.GetOptions<ScreeningSummary>() ?? throw new InvalidOperationException("The referral dialog was begun without the screening summary.");
    }

    private Task<DialogTurnResult> AskConsentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var culture = step.Culture;
        var options = step.GetOptions<ScreeningSummary>() is { LookAgain: true }
            ? new PromptOptions
            {
                Prompt = texts.Get(BotTextKeys.LookAgainAsk, culture),
                Choices = YesNoChoices.Create(texts, culture, allowDontKnow: false),
                QuestionId = DialogIds.LookAgainQuestion,
            }
            : new PromptOptions
            {
                Prompt = texts.Get(sender.PrefersShortMessages(step.Context) ? BotTextKeys.ReferralAskShort : BotTextKeys.ReferralAsk, culture),
                Choices = YesNoChoices.Create(texts, culture, allowDontKnow: false),
                QuestionId = DialogIds.ReferralQuestion,
            };
        return step.PromptAsync(DialogIds.ConfirmPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSiteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var summary = step.GetOptions<ScreeningSummary>()!;
        switch (step.Result)
        {
            case PromptResult<bool> { IsDontKnow: false, Value: true }:
                step.Values.SetValue(ConsentedAtKey, timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                if (summary.SiteIds.Count == 1)
                {
                    step.Values.SetValue(SiteKey, summary.SiteIds[0]);
                }

                // Consent given again after "back" keeps the site already chosen ("back" from the name still reaches it).
                if (step.Values.ContainsKey(SiteKey))
                {
                    return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
                }

                break;
            case PromptResult<bool>:
                await sender.SayAsync(step.Context, BotTextKeys.ReferralDeclined, step.Culture, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var options = new PromptOptions
        {
            Prompt = texts.Get(BotTextKeys.ReferralSiteAsk, step.Culture),
            Choices = [.. summary.SiteIds.Select(sites.Find).OfType<TrialSite>().Select(site => SiteChoice(site, step.Culture))],
            QuestionId = DialogIds.ReferralSiteQuestion,
        };
        return await step.PromptAsync(DialogIds.SitePrompt, options, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case PromptResult<Choice> { IsDontKnow: false } site:
                step.Values.SetValue(SiteKey, site.Value.Value);
                break;
            case PromptResult<Choice>:
                return step.GoToAsync(Site, null, cancellationToken);
        }

        var options = new PromptOptions
        {
            Prompt = texts.Get(BotTextKeys.ReferralNameAsk, step.Culture),
            RetryPrompt = texts.Get(BotTextKeys.ReferralNameReask, step.Culture),
            QuestionId = DialogIds.ReferralNameQuestion,
        };
        return step.PromptAsync(DialogIds.NamePrompt, options, cancellationToken);
    }

    private Task<DialogTurnResult> OfferSenderPhoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case PromptResult<string> { IsDontKnow: false } name:
                step.Values.SetValue(NameKey, name.Value);
                break;
            case PromptResult<string>:
                return step.GoToAsync(Name, null, cancellationToken);
        }

        // Asked anew ("back", a language switch): the number offered before; after the name: the sender's, if any.
        var offered = step.Result is null && step.Values.TryGetValue<string>(OfferedPhoneKey, out var before) ? before : SenderPhone.Of(step.Context.Activity);
        if (offered is null)
        {
            step.Values.Remove(OfferedPhoneKey);
            return step.NextAsync(null, cancellationToken);
        }

        step.Values.SetValue(OfferedPhoneKey, offered);
        var culture = step.Culture;
        var options = new PromptOptions
        {
            Prompt = texts.Text(BotTextKeys.ReferralContactOffer).With("phone", SenderPhone.Display(offered)).Get(culture),
            Choices =
            [
                new Choice(ConfirmPrompt.YesValue, texts.Get(DialogTextKeys.ConfirmYes, culture)),
                new Choice(ConfirmPrompt.NoValue, texts.Get(BotTextKeys.ReferralContactOfferAnother, culture), [.. texts.Phrases(BotTextKeys.ContactAnotherPhrases).All]),
            ],
            QuestionId = DialogIds.ReferralContactOfferQuestion,
        };
        return step.PromptAsync(DialogIds.ContactOfferPrompt, options, cancellationToken);
    }

    private Task<DialogTurnResult> AskContactAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case PromptResult<ContactOfferReply> { IsDontKnow: false, Value.Other: { } other }:
                return step.NextAsync(other, cancellationToken);
            case PromptResult<ContactOfferReply> { IsDontKnow: false, Value.UsesOffered: true } when step.Values.TryGetValue<string>(OfferedPhoneKey, out var offered):
                return step.NextAsync(new ContactDetails(ContactKind.Phone, offered), cancellationToken);
            case PromptResult<ContactOfferReply> { IsDontKnow: true }:
                return step.GoToAsync(ContactOffer, null, cancellationToken);
        }

        var options = new PromptOptions
        {
            Prompt = texts.Get(BotTextKeys.ReferralContactAsk, step.Culture),
            RetryPrompt = texts.Get(BotTextKeys.ReferralContactReask, step.Culture),
            QuestionId = DialogIds.ReferralContactQuestion,
        };
        return step.PromptAsync(DialogIds.ContactPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> StoreAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var contact = step.Result switch
        {
            PromptResult<ContactDetails> { IsDontKnow: false } answered => answered.Value,
            ContactDetails offered => offered,
            _ => null,
        };
        if (contact is null)
        {
            return await step.GoToAsync(Contact, null, cancellationToken).ConfigureAwait(false);
        }

        var summary = step.GetOptions<ScreeningSummary>()!;
        var siteId = step.Values.GetValue<string>(SiteKey);
        var name = step.Values.GetValue<string>(NameKey);
        var consentedAt = DateTimeOffset.Parse(step.Values.GetValue<string>(ConsentedAtKey), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
        var record = await records.GetAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var referral = await recorder.StoreAsync(step.Context, summary, record, siteId, name, contact, consentedAt, summary.LookAgain, cancellationToken).ConfigureAwait(false);
        await records.SetAsync(step.Context, record with { ReferralStored = true }, cancellationToken).ConfigureAwait(false);

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

        await sender.SendAsync(step.Context, saved.Get(step.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(summary.LookAgain ? null : new StoredReferral(referral.Id, referral.TrialId), cancellationToken).ConfigureAwait(false);
    }

    private Choice SiteChoice(TrialSite site, CultureInfo culture) =>
        new(site.Id, texts.Text(BotTextKeys.ReferralSiteChoice).With("city", site.City).With("name", site.Name).Get(culture), [site.City.En, site.City.Zh]);
}
