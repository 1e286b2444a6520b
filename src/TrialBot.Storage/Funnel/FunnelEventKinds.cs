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

    /// <summary>A screening reached an outcome (<see cref="FunnelEvent.OutcomeId"/>).</summary>
    public const string Completed = "completed";

    /// <summary>A referral was stored for a site (<see cref="FunnelEvent.SiteId"/>).</summary>
    public const string Referred = "referred";

    /// <summary>Every kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Started, QuestionReached, Reasked, Completed, Referred];
}
