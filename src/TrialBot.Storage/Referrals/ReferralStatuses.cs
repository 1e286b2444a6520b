namespace TrialBot.Storage.Referrals;

/// <summary>The statuses of a referral in the study team's workflow (see <see cref="ReferralWorkflow"/>).</summary>
public static class ReferralStatuses
{
    /// <summary>Just made; nobody has reached out yet.</summary>
    public const string New = "new";

    /// <summary>The team has reached the person (or left word).</summary>
    public const string Contacted = "contacted";

    /// <summary>The pre-screening call took place.</summary>
    public const string CallDone = "call-done";

    /// <summary>A screening visit is booked.</summary>
    public const string VisitBooked = "visit-booked";

    /// <summary>The screening visit took place.</summary>
    public const string Screened = "screened";

    /// <summary>Enrolled in the trial.</summary>
    public const string Enrolled = "enrolled";

    /// <summary>Not eligible (a reason is required).</summary>
    public const string NotEligible = "not-eligible";

    /// <summary>The person declined.</summary>
    public const string Declined = "declined";

    /// <summary>The person could not be reached.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>Every status, in workflow order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [New, Contacted, CallDone, VisitBooked, Screened, Enrolled, NotEligible, Declined, Unreachable];
}
