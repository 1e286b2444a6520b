namespace TrialBot.Host.Configuration;

/// <summary>Settings of the referral API for site coordinators, section <c>Referrals</c>.</summary>
public sealed class ReferralApiOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Referrals";

    /// <summary>The shortest API key accepted.</summary>
    public const int MinimumApiKeyLength = 16;

    /// <summary>
    /// The key coordinators send (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>), at least
    /// <see cref="MinimumApiKeyLength"/> characters. Empty: the referral API is off (its routes answer 404). A secret:
    /// from the environment or a secret store, never a file in the repository.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Whether the referral API is on (an API key is set).</summary>
    public bool IsEnabled => !string.IsNullOrEmpty(ApiKey);
}
