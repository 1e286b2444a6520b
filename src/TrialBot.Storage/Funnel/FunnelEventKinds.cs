namespace TrialBot.Storage.Funnel;

/// <summary>What a <see cref="FunnelEvent"/> records.</summary>
public static class FunnelEventKinds
{
    /// <summary>A screening began.</summary>
    public const string Started = "started";

    /// <summary>A question was reached (asked for the first time in the screening).</summary>
    public const string QuestionReached = "question";

    /// <summary>An answer was not accepted and the question asked again.</summary>
    public const string Reasked = "reask";

    /// <summary>A screening reached an outcome (<see cref="FunnelEvent.OutcomeId"/>: the outcome the person was told; with
    /// several trials screened, the best of theirs, and <see cref="FunnelEvent.TrialId"/> those trials).</summary>
    public const string Completed = "completed";

    /// <summary>With several trials screened in one screening, one trial's own outcome (<see cref="FunnelEvent.TrialId"/>
    /// that trial, <see cref="FunnelEvent.OutcomeId"/> its outcome), one per trial, recorded with the
    /// <see cref="Completed"/> event; a screening for one trial has none (its completion is that trial's outcome).</summary>
    public const string TrialOutcome = "trial-outcome";

    /// <summary>A referral was stored for a site (<see cref="FunnelEvent.SiteId"/>).</summary>
    public const string Referred = "referred";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Started, QuestionReached, Reasked, Completed, TrialOutcome, Referred];
}
