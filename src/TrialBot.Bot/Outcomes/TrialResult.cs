using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Sites;

namespace TrialBot.Bot.Outcomes;

/// <summary>One trial's result in a screening for several trials.</summary>
/// <param name="Trial">The trial.</param>
/// <param name="Result">Its scored screening; null when it was not screened (it has no texts in the conversation's language).</param>
/// <param name="Sites">Its sites that apply: the nearest one (or every one) when it offers a referral, else none.</param>
internal sealed record TrialResult(TrialDefinition Trial, ScreeningResult? Result, IReadOnlyList<TrialSite> Sites)
{
    /// <summary>The outcome id of a trial that was not screened.</summary>
    public const string NotScreenedId = "not-screened";

    /// <summary>Gets the outcome id (<c>not-screened</c> when it was not screened).</summary>
    public string OutcomeId => Result?.OutcomeId ?? NotScreenedId;

    /// <summary>Gets a value indicating whether the study team may be asked to make contact for this trial.</summary>
    public bool OffersReferral => Result?.Outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview;
}
