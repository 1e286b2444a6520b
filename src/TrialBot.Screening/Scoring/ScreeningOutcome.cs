namespace TrialBot.Screening.Scoring;

/// <summary>
/// The outcome of a pre-screening. JSON: <c>likely-eligible</c>, <c>likely-ineligible</c>, <c>needs-review</c>,
/// <c>declined</c>. Never a decision: the study team decides at screening.
/// </summary>
public enum ScreeningOutcome
{
    /// <summary>No criterion fails and nothing the person could tell is unknown.</summary>
    LikelyEligible = 0,

    /// <summary>At least one criterion fails.</summary>
    LikelyIneligible = 1,

    /// <summary>Nothing fails, but something the person could normally tell is unknown, or a contested dose conversion decides.</summary>
    NeedsReview = 2,

    /// <summary>The person did not agree to continue.</summary>
    Declined = 3,
}
