namespace TrialBot.Storage.Referrals;

/// <summary>
/// Which status may follow which, as data: new → contacted → call done → screening visit booked → screened → enrolled;
/// from any open status a referral may end as not eligible (with a reason), declined or unreachable; a person marked
/// unreachable who calls back is contacted again. Enrolled, not eligible and declined are final.
/// </summary>
public static class ReferralWorkflow
{
    private static readonly string[] Closing = [ReferralStatuses.NotEligible, ReferralStatuses.Declined, ReferralStatuses.Unreachable];

    /// <summary>The allowed transitions: status → the statuses it may change to.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Transitions { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ReferralStatuses.New] = [ReferralStatuses.Contacted, .. Closing],
        [ReferralStatuses.Contacted] = [ReferralStatuses.CallDone, .. Closing],
        [ReferralStatuses.CallDone] = [ReferralStatuses.VisitBooked, .. Closing],
        [ReferralStatuses.VisitBooked] = [ReferralStatuses.Screened, .. Closing],
        [ReferralStatuses.Screened] = [ReferralStatuses.Enrolled, ReferralStatuses.NotEligible, ReferralStatuses.Declined],
        [ReferralStatuses.Unreachable] = [ReferralStatuses.Contacted, ReferralStatuses.NotEligible, ReferralStatuses.Declined],
        [ReferralStatuses.Enrolled] = [],
        [ReferralStatuses.NotEligible] = [],
        [ReferralStatuses.Declined] = [],
    };

    /// <summary>The statuses that need a note saying why.</summary>
    public static IReadOnlySet<string> NeedReason { get; } = new HashSet<string>(StringComparer.Ordinal) { ReferralStatuses.NotEligible };

    /// <summary>Whether <paramref name="status"/> is a status of the workflow.</summary>
    /// <param name="status">A status id.</param>
    /// <returns>True if known.</returns>
    public static bool IsStatus(string? status) => status is not null && Transitions.ContainsKey(status);

    /// <summary>Whether a referral in <paramref name="from"/> may change to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The requested status.</param>
    /// <returns>True if the table allows it.</returns>
    public static bool Allows(string from, string to) => Transitions.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal);
}
