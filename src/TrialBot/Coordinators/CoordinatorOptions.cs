namespace TrialBot.Host.Coordinators;

/// <summary>
/// Settings of the coordinators' web app (section <c>Coordinators</c>): how long a sign-in lasts, how many sign-in
/// attempts an address and an account may make, and OpenID Connect (Microsoft Entra ID) when configured.
/// </summary>
public sealed class CoordinatorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Coordinators";

    /// <summary>How long a sign-in lasts without use (sliding); 8 hours by default.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Sign-in attempts one network address may make per <see cref="SignInWindow"/>; 20 by default.</summary>
    public int SignInAttemptsPerAddress { get; set; } = 20;

    /// <summary>Sign-in attempts one account (e-mail address) may receive per <see cref="SignInWindow"/>; 5 by default.</summary>
    public int SignInAttemptsPerAccount { get; set; } = 5;

    /// <summary>The window of the sign-in limits; 15 minutes by default.</summary>
    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Whether the web app answers plain HTTP from other machines; false by default: its calls need HTTPS (behind a
    /// proxy that ends TLS, set <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> so the host sees the original scheme),
    /// except from this machine (http://localhost, which browsers treat as secure).
    /// </summary>
    public bool AllowHttp { get; set; }

    /// <summary>OpenID Connect; off unless <see cref="OidcOptions.Authority"/> and <see cref="OidcOptions.ClientId"/> are set.</summary>
    public OidcOptions Oidc { get; set; } = new();
}

/// <summary>
/// Sign-in through an OpenID Connect provider such as Microsoft Entra ID
/// (<c>Authority = https://login.microsoftonline.com/{tenant}/v2.0</c>). A signed-in user's sites come from the values
/// of the claim <see cref="SiteClaimType"/> (by default <c>groups</c>: Entra group object ids, or app roles with
/// <c>roles</c>) mapped through <see cref="SiteMap"/>; a user whose claims map to no site is refused.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>The provider's issuer address.</summary>
    public string? Authority { get; set; }

    /// <summary>The application (client) id registered with the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret (for the authorization code flow); keep it out of files: use an environment variable.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Whether the provider's metadata must come over HTTPS; true by default (turn off only for a local test provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The button's label on the sign-in page; "Microsoft Entra ID" by default.</summary>
    public string DisplayName { get; set; } = "Microsoft Entra ID";

    /// <summary>The claim whose values name the user's groups or roles; <c>groups</c> by default.</summary>
    public string SiteClaimType { get; set; } = "groups";

    /// <summary>Which sites each claim value grants: claim value → site ids separated by commas.</summary>
    public Dictionary<string, string> SiteMap { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether OpenID Connect is configured.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The sites granted by the given claim values.</summary>
    /// <param name="claimValues">The user's values of <see cref="SiteClaimType"/>.</param>
    /// <returns>The site ids, each once, sorted.</returns>
    public IReadOnlyList<string> SitesFor(IEnumerable<string> claimValues)
    {
        ArgumentNullException.ThrowIfNull(claimValues);
        return [.. claimValues
            .SelectMany(value => SiteMap.TryGetValue(value, out var sites) ? sites.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
