namespace TrialBot.Storage.Referrals;

/// <summary>What a coordinator reads to prepare the call: the answers, the criteria with reasons and what to confirm.
/// Stored as one JSON document (<c>referral.details</c>); referrals made before it was kept have <see cref="Empty"/>.</summary>
/// <param name="Answers">The screening answers, in the order of the trial definition.</param>
/// <param name="Criteria">The criteria, I1…E6.</param>
/// <param name="ToConfirm">What the team must confirm at screening.</param>
public sealed record ReferralDetails(IReadOnlyList<ReferralAnswer> Answers, IReadOnlyList<ReferralCriterion> Criteria, IReadOnlyList<ReferralCheck> ToConfirm)
{
    /// <summary>No details (a referral stored before details were kept).</summary>
    public static ReferralDetails Empty { get; } = new([], [], []);

    /// <summary>The answers to the study team's optional pre-call questions, in asking order: each as said, or skipped;
    /// empty when none was asked (or before they were kept). Never scored.</summary>
    public IReadOnlyList<ReferralPreCallAnswer> PreCall { get; init; } = [];
}
