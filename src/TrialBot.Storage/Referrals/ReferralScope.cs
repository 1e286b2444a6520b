namespace TrialBot.Storage.Referrals;

/// <summary>
/// The sites whose referrals a caller may see and change. Every referral query and change goes through one: a
/// coordinator's account is scoped to its sites; the referral API key (a program of the study team) to every site.
/// A referral of a site outside the scope is treated as if it did not exist.
/// </summary>
public sealed record ReferralScope
{
    private ReferralScope(IReadOnlySet<string>? siteIds) => SiteIds = siteIds;

    /// <summary>Every site (the referral API key).</summary>
    public static ReferralScope AllSites { get; } = new((IReadOnlySet<string>?)null);

    /// <summary>No site at all (a signed-in account that belongs to none).</summary>
    public static ReferralScope None { get; } = new(new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The sites allowed, or <see langword="null"/> for every site.</summary>
    public IReadOnlySet<string>? SiteIds { get; }

    /// <summary>Whether this scope is every site.</summary>
    public bool IsAllSites => SiteIds is null;

    /// <summary>A scope of the given sites only.</summary>
    /// <param name="siteIds">Site ids from the site directory; blank ones are ignored.</param>
    /// <returns>The scope (empty when no id is given: it allows nothing).</returns>
    public static ReferralScope ForSites(IEnumerable<string> siteIds)
    {
        ArgumentNullException.ThrowIfNull(siteIds);
        return new(siteIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Whether a referral of <paramref name="siteId"/> is inside the scope.</summary>
    /// <param name="siteId">The referral's site.</param>
    /// <returns><see langword="true"/> if the caller may see it.</returns>
    public bool Allows(string siteId) => SiteIds is null || SiteIds.Contains(siteId);
}
