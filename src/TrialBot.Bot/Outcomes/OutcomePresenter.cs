using System.Globalization;
using Microsoft.Bot.Builder;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Outcomes;

/// <summary>Sends the outcome message (plain words and the <see cref="OutcomeEntity"/>) and says which sites apply.</summary>
internal sealed class OutcomePresenter
{
    private readonly SiteSelection sites;
    private readonly OutcomeText text;
    private readonly ReplySender sender;

    /// <summary>Initializes a new instance of the <see cref="OutcomePresenter"/> class.</summary>
    /// <param name="sites">Chooses the sites.</param>
    /// <param name="text">Writes the outcome.</param>
    /// <param name="sender">Sends it as the channel takes it.</param>
    public OutcomePresenter(SiteSelection sites, OutcomeText text, ReplySender sender)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sender);
        this.sites = sites;
        this.text = text;
        this.sender = sender;
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
        ArgumentNullException.ThrowIfNull(applyingSites);
        var entity = OutcomeEntity.Create(result, applyingSites.Count == 1 ? applyingSites[0] : null, culture);
        return sender.SendAsync(turnContext, text.Write(result, applyingSites, culture), [entity], cancellationToken);
    }
}
