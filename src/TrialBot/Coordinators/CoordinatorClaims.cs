using System.Security.Claims;
using TrialBot.Host.Referrals;

namespace TrialBot.Host.Coordinators;

/// <summary>The signed-in coordinator as claims: a name, one <see cref="ReferralAccess.SiteClaimType"/> claim per site,
/// and how they signed in. <see cref="ReferralAccess"/> reads the sites from these claims.</summary>
internal static class CoordinatorClaims
{
    /// <summary>The cookie authentication scheme of the coordinators' web app.</summary>
    public const string Scheme = "Coordinators";

    /// <summary>The OpenID Connect scheme.</summary>
    public const string OidcScheme = "CoordinatorsOidc";

    /// <summary>The claim saying how the coordinator signed in: <see cref="LocalMethod"/> or <see cref="OidcMethod"/>.</summary>
    public const string MethodClaimType = "trialbot:signin";

    /// <summary>Signed in with a local account.</summary>
    public const string LocalMethod = "local";

    /// <summary>Signed in through OpenID Connect.</summary>
    public const string OidcMethod = "oidc";

    /// <summary>The authorization policy of the web app's calls.</summary>
    public const string Policy = "Coordinator";

    /// <summary>A principal for a coordinator.</summary>
    /// <param name="name">The name written in a referral's history (an e-mail address).</param>
    /// <param name="siteIds">The sites.</param>
    /// <param name="method">How they signed in.</param>
    /// <returns>The principal, of the cookie scheme.</returns>
    public static ClaimsPrincipal Principal(string name, IEnumerable<string> siteIds, string method)
    {
        var identity = new ClaimsIdentity(Scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.Name, name));
        identity.AddClaim(new Claim(MethodClaimType, method));
        foreach (var site in siteIds)
        {
            identity.AddClaim(new Claim(ReferralAccess.SiteClaimType, site));
        }

        return new ClaimsPrincipal(identity);
    }

    /// <summary>The coordinator's sites.</summary>
    public static IReadOnlyList<string> SitesOf(ClaimsPrincipal user) =>
        [.. user.FindAll(ReferralAccess.SiteClaimType).Select(claim => claim.Value).Order(StringComparer.Ordinal)];
}
