using TrialBot.Bot.Configuration;
using TrialBot.Recognition.Places;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;

namespace TrialBot.Bot.Outcomes;

/// <summary>
/// Scores a screening for several trials: each trial screened in the conversation's language by its own scorer over its
/// own view of the answers, with its nearest site (by the place, when it asks for one) when it offers a referral. Consent refused
/// for any trial ends them all as declined.
/// </summary>
internal sealed class TrialsScoring
{
    private readonly TrialSet trials;
    private readonly IReadOnlyList<(TrialDefinition Trial, ScreeningScorer Scorer, SiteSelection Sites)> scored;

    /// <summary>Initializes a new instance of the <see cref="TrialsScoring"/> class.</summary>
    /// <param name="setup">The trials and their sites.</param>
    /// <param name="cities">The cities a location answer names, with their coordinates.</param>
    public TrialsScoring(TrialSetup setup, CityDirectory cities)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(cities);
        trials = setup.Trials;
        scored = [.. trials.Trials.Select(trial => (trial, new ScreeningScorer(trial), new SiteSelection(setup.SitesOf(trial), trial.FirstQuestionOf(AnswerKind.Location)?.Id, cities)))];
    }

    /// <summary>Scores <paramref name="answers"/> for each trial.</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="language">The conversation's culture name (a trial without texts in it is not screened).</param>
    /// <returns>The trials' results.</returns>
    public TrialsOutcome Score(ScreeningAnswers answers, string? language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var screened = trials.ScreenedIn(language);
        var results = scored.Select(entry => screened.Contains(entry.Trial)
            ? (entry.Trial, Own: trials.AnswersFor(entry.Trial, answers), Result: entry.Scorer.Score(trials.AnswersFor(entry.Trial, answers)), entry.Sites)
            : (entry.Trial, Own: answers, Result: (ScreeningResult?)null, entry.Sites)).ToList();

        // Consent refused for one trial is the person declining the screening: no trial is offered then.
        var declined = results.Any(entry => entry.Result?.Outcome == ScreeningOutcome.Declined);
        return new TrialsOutcome([.. results.Select(entry =>
        {
            if (entry.Result is not { } result)
            {
                return new TrialResult(entry.Trial, null, []);
            }

            if (declined)
            {
                return new TrialResult(entry.Trial, result with { Outcome = ScreeningOutcome.Declined, ToConfirm = [] }, []);
            }

            var offers = result.Outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview;
            return new TrialResult(entry.Trial, result, offers ? entry.Sites.For(entry.Own) : []);
        })]);
    }
}
