using System.Security.Claims;
using TrialBot.Storage.Referrals;

namespace TrialBot.Host.Referrals;

/// <summary>
/// The default <see cref="IReferralAccess"/>: a request let in by the referral API key (<see cref="ReferralApiKeyFilter"/>)
/// sees every site; a signed-in user sees the sites named by their <see cref="SiteClaimType"/> claims; anyone else
/// sees nothing.
/// </summary>
public sealed class ReferralAccess : IReferralAccess
{
    /// <summary>The claim type that names one site a signed-in user belongs to (one claim per site).</summary>
    public const string SiteClaimType = "trialbot:site";

    /// <summary>The actor written in the history for a change made with the API key.</summary>
    public const string ApiKeyActor = "api-key";

    /// <summary>The key of <see cref="HttpContext.Items"/> that marks a request authenticated by the API key.</summary>
    internal const string ApiKeyItem = "TrialBot.Referrals.ApiKey";

    /// <inheritdoc/>
    public ReferralScope ScopeOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (IsApiKey(http))
        {
            return ReferralScope.AllSites;
        }

        return http.User.Identity?.IsAuthenticated == true
            ? ReferralScope.ForSites(http.User.FindAll(SiteClaimType).Select(claim => claim.Value))
            : ReferralScope.None;
    }

    /// <inheritdoc/>
    public string ActorOf(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (IsApiKey(http))
        {
            return ApiKeyActor;
        }

        var name = http.User.FindFirstValue(ClaimTypes.Name) ?? http.User.Identity?.Name;
        return string.IsNullOrWhiteSpace(name) ? "unknown" : name.Trim();
    }

    private static bool IsApiKey(HttpContext http) => http.Items.TryGetValue(ApiKeyItem, out var marked) && marked is true;
}
