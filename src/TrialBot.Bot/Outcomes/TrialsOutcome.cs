using System.Text.Json;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// The results of a screening for several trials, and the outcome they come to: declined when consent was refused for
/// any of them; else the best of the screened trials' outcomes (likely-eligible, then needs-review, then likely-ineligible).
/// </summary>
internal sealed class TrialsOutcome
{
    /// <summary>Initializes a new instance of the <see cref="TrialsOutcome"/> class.</summary>
    /// <param name="trials">Each trial's result, in the configured order.</param>
    public TrialsOutcome(IReadOnlyList<TrialResult> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        Trials = trials;
        var screened = trials.Where(trial => trial.Result is not null).ToList();
        Best = screened.Any(trial => trial.Result!.Outcome == ScreeningOutcome.Declined)
            ? screened.First(trial => trial.Result!.Outcome == ScreeningOutcome.Declined)
            : screened.MinBy(trial => Rank(trial.Result!.Outcome));
        Outcome = Best?.Result?.Outcome ?? ScreeningOutcome.LikelyIneligible;
    }

    /// <summary>Gets each trial's result, in the configured order.</summary>
    public IReadOnlyList<TrialResult> Trials { get; }

    /// <summary>Gets the trial whose outcome is the outcome (the first of the best), or null when none was screened.</summary>
    public TrialResult? Best { get; }

    /// <summary>Gets the outcome.</summary>
    public ScreeningOutcome Outcome { get; }

    /// <summary>Gets the outcome id (<c>likely-eligible</c>, …).</summary>
    public string OutcomeId => JsonNamingPolicy.KebabCaseLower.ConvertName(Outcome.ToString());

    /// <summary>Gets the trials for which a referral is offered.</summary>
    public IReadOnlyList<TrialResult> Offering => [.. Trials.Where(trial => trial.OffersReferral)];

    /// <summary>Gets the one site of the best trial, or null.</summary>
    public TrialSite? Site => Best is { Sites.Count: 1 } best ? best.Sites[0] : null;

    /// <summary>Gets the sites to offer for a referral: those of every trial that offers one, in order, once each.</summary>
    public IReadOnlyList<TrialSite> Sites => [.. Offering.SelectMany(trial => trial.Sites).DistinctBy(site => site.Id)];

    private static int Rank(ScreeningOutcome outcome) => outcome switch
    {
        ScreeningOutcome.LikelyEligible => 0,
        ScreeningOutcome.NeedsReview => 1,
        ScreeningOutcome.LikelyIneligible => 2,
        _ => 3,
    };
}
