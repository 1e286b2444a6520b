namespace TrialBot.Storage.Referrals;

/// <summary>The kinds of <see cref="ReferralEvent"/>.</summary>
public static class ReferralEventKinds
{
    /// <summary>The status changed.</summary>
    public const string StatusChange = "status-change";

    /// <summary>A note of the study team.</summary>
    public const string Note = "note";

    /// <summary>An attempt to reach the person (a call, a message), with what came of it.</summary>
    public const string ContactAttempt = "contact-attempt";

    /// <summary>The kinds a person may add by hand (a status change goes through the workflow).</summary>
    public static IReadOnlyList<string> Added { get; } = [Note, ContactAttempt];
}
