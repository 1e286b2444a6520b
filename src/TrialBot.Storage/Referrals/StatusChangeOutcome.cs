namespace TrialBot.Storage.Referrals;

/// <summary>How a status change ended.</summary>
public enum StatusChangeOutcome
{
    /// <summary>The status changed and the history has the entry.</summary>
    Changed = 0,

    /// <summary>No referral with that id inside the caller's scope.</summary>
    NotFound = 1,

    /// <summary>The workflow does not allow the change from the current status.</summary>
    NotAllowed = 2,
}
