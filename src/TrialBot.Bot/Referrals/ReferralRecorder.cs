using Microsoft.Bot.Builder;
using TrialBot.Bot.Answers;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Flow;
using TrialBot.Bot.Metrics;
using TrialBot.Storage;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Referrals;

/// <summary>
/// Stores a referral for the study team: the trial (with several trials, those it is for, comma-separated), the outcome, each criterion's status and plain reason, each answer
/// as said and as understood, what to confirm at screening, the site, the person's name and phone (in E.164, read in
/// the trial's country when it has no country code) or e-mail, when they consented to be contacted, the conversation's
/// locale and channel, and the hash of the conversation's key (so that "delete my data" finds it without the
/// conversation id being stored).
/// </summary>
internal sealed class ReferralRecorder
{
    private readonly IReferralStore store;
    private readonly Screening.Definition.TrialSet trials;
    private readonly ReferralDetailsBuilder details;
    private readonly TimeProvider timeProvider;
    private readonly ScreeningMetrics metrics;

    /// <summary>Initializes a new instance of the <see cref="ReferralRecorder"/> class.</summary>
    /// <param name="store">The referral store.</param>
    /// <param name="trials">The trials (their ids and sites; the questions and criteria asked).</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="metrics">The screening metrics.</param>
    public ReferralRecorder(IReferralStore store, Screening.Definition.TrialSet trials, TimeProvider timeProvider, ScreeningMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(trials);
        this.trials = trials;
        details = new ReferralDetailsBuilder(trials.Combined);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(metrics);
        this.store = store;
        this.timeProvider = timeProvider;
        this.metrics = metrics;
    }

    /// <summary>Stores the referral.</summary>
    /// <param name="turnContext">The turn (locale, channel, conversation).</param>
    /// <param name="summary">The screening's outcome and criteria.</param>
    /// <param name="record">The conversation record (the answers and the words they were read from).</param>
    /// <param name="siteId">The chosen site.</param>
    /// <param name="name">The person's name.</param>
    /// <param name="contact">The person's phone or e-mail.</param>
    /// <param name="consentedAt">When the person agreed to be contacted.</param>
    /// <param name="reviewRequested">True when the person, told they are likely ineligible, asked the team to look again.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored referral.</returns>
    public async Task<Referral> StoreAsync(ITurnContext turnContext, ScreeningSummary summary, ConversationRecord record, string siteId, string name, ContactDetails contact, DateTimeOffset consentedAt, bool reviewRequested = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(contact);
        var conversation = ConversationKey.From(turnContext.Activity)
            ?? throw new InvalidOperationException("A referral needs the activity's channel and conversation ids.");
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            CreatedAt = timeProvider.GetUtcNow(),
            OutcomeId = summary.OutcomeId,
            CriterionResults = summary.CriterionStatuses,
            SiteId = siteId,
            ContactName = name,
            ContactPhone = contact.Kind == ContactKind.Phone ? ContactNormalizer.Phone(contact.Value, ContactNormalizer.DefaultRegion) : null,
            ContactEmail = contact.Kind == ContactKind.Email ? ContactNormalizer.Email(contact.Value) : null,
            ConsentedAt = consentedAt,
            Locale = turnContext.Activity.Locale,
            ChannelId = conversation.ChannelId,
            ConversationKeyHash = conversation.Hash,
            TrialId = TrialIdsFor(summary, siteId),
            ReviewRequested = reviewRequested,
            Details = details.Build(record),
        };
        await store.AddAsync(referral, cancellationToken).ConfigureAwait(false);
        metrics.ReferralStored(summary.OutcomeId, siteId, referral.TrialId);
        return referral;
    }

    /// <summary>
    /// The trials the referral is for, comma-separated: with one trial, its id; with several, those the screening offered
    /// a referral for (every trial when it does not say, as after "look again") that run the chosen site.
    /// </summary>
    private string TrialIdsFor(ScreeningSummary summary, string siteId)
    {
        if (!trials.IsMany)
        {
            return trials.Trials[0].Id;
        }

        var runningSite = trials.Trials.Where(trial => trial.Sites.Any(site => string.Equals(site.Id, siteId, StringComparison.Ordinal))).ToList();
        var offered = runningSite.Where(trial => summary.TrialIds is null || summary.TrialIds.Contains(trial.Id, StringComparer.Ordinal)).Select(trial => trial.Id).ToList();
        return string.Join(TrialIds.Separator, offered.Count > 0 ? offered : runningSite.Select(trial => trial.Id));
    }

    /// <summary>Keeps the answers to the study team's pre-call questions on the referral made in this conversation.</summary>
    /// <param name="turnContext">The turn (its conversation).</param>
    /// <param name="referralId">The referral's id.</param>
    /// <param name="answers">The answers so far, in asking order (skipped ones without words).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>False when the referral is gone ("delete my data").</returns>
    public Task<bool> SavePreCallAsync(ITurnContext turnContext, Guid referralId, IReadOnlyList<ReferralPreCallAnswer> answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversation = ConversationKey.From(turnContext.Activity)
            ?? throw new InvalidOperationException("Pre-call answers need the activity's channel and conversation ids.");
        return store.SavePreCallAnswersAsync(referralId, conversation, answers, cancellationToken);
    }
}
