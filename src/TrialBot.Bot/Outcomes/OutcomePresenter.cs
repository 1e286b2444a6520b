using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrialBot.Bot.Texts;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// Sends the outcome message (plain words and the <see cref="OutcomeEntity"/>) and says which sites apply. Where the
/// channel shows cards, the per-criterion details come with it as a collapsible section (<see cref="OutcomeDetailsCard"/>);
/// elsewhere the message ends with how to ask for them ("details"), and <see cref="SendDetailsAsync"/> sends them.
/// </summary>
internal sealed class OutcomePresenter
{
    private readonly SiteSelection sites;
    private readonly OutcomeText text;
    private readonly ReplySender sender;
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="OutcomePresenter"/> class.</summary>
    /// <param name="sites">Chooses the sites.</param>
    /// <param name="text">Writes the outcome.</param>
    /// <param name="sender">Sends it as the channel takes it.</param>
    /// <param name="texts">The bot's texts.</param>
    public OutcomePresenter(SiteSelection sites, OutcomeText text, ReplySender sender, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(texts);
        this.sites = sites;
        this.text = text;
        this.sender = sender;
        this.texts = texts;
    }

    /// <summary>Returns the sites that apply to an outcome: for likely-eligible and needs-review the nearest (or every) site, else none.</summary>
    /// <param name="result">The scored screening.</param>
    /// <param name="answers">The answers (the place).</param>
    /// <returns>The sites.</returns>
    public IReadOnlyList<TrialSite> SitesFor(ScreeningResult result, ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview ? sites.For(answers) : [];
    }

    /// <summary>Sends the outcome message.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="result">The scored screening.</param>
    /// <param name="applyingSites">The sites that apply (<see cref="SitesFor"/>).</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the outcome was sent.</returns>
    public Task SendAsync(ITurnContext turnContext, ScreeningResult result, IReadOnlyList<TrialSite> applyingSites, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(applyingSites);
        var entity = OutcomeEntity.Create(result, applyingSites.Count == 1 ? applyingSites[0] : null, culture);
        var withCard = sender.ShowsCards(turnContext) && result.Outcome != ScreeningOutcome.Declined;
        var message = text.Write(result, applyingSites, culture, sender.PrefersShortMessages(turnContext), detailsHint: !withCard);
        IReadOnlyList<Attachment> attachments = withCard
            ? [OutcomeDetailsCard.Create(texts.Get(BotTextKeys.OutcomeDetailsShow, culture), text.WriteDetails(result, culture))]
            : [];
        return sender.SendAsync(turnContext, message, [entity], attachments, cancellationToken);
    }

    /// <summary>Sends the outcome of a screening for several trials: each trial's result, then the rest (<see cref="OutcomeText.WriteTrials"/>), with the <see cref="OutcomeEntity"/> and its <c>trials</c>.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="outcome">The trials' results.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the outcome was sent.</returns>
    public Task SendAsync(ITurnContext turnContext, TrialsOutcome outcome, CultureInfo culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var entity = OutcomeEntity.Create(outcome, culture);
        var withCard = sender.ShowsCards(turnContext) && outcome.Outcome != ScreeningOutcome.Declined;
        var message = text.WriteTrials(outcome, culture, sender.PrefersShortMessages(turnContext), detailsHint: !withCard);
        IReadOnlyList<Attachment> attachments = withCard
            ? [OutcomeDetailsCard.Create(texts.Get(BotTextKeys.OutcomeDetailsShow, culture), text.WriteTrialDetails(outcome, culture))]
            : [];
        return sender.SendAsync(turnContext, message, [entity], attachments, cancellationToken);
    }

    /// <summary>Sends the details: every criterion with its status and reason, and what the study team checks at screening.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="result">The scored screening.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the details were sent.</returns>
    public Task SendDetailsAsync(ITurnContext turnContext, ScreeningResult result, CultureInfo culture, CancellationToken cancellationToken = default) =>
        sender.SendAsync(turnContext, string.Join("\n", text.WriteDetails(result, culture, sender.PrefersShortMessages(turnContext))), cancellationToken: cancellationToken);
}
