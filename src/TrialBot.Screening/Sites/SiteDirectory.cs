namespace TrialBot.Screening.Sites;

/// <summary>The trial's sites: the nearest one to a city, and contacts filled from configuration.</summary>
public sealed class SiteDirectory
{
    /// <summary>A directory of <paramref name="sites"/> (ids unique), in the definition's order.</summary>
    public SiteDirectory(IEnumerable<TrialSite> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        Sites = sites.ToList();
        if (Sites.Count == 0)
        {
            throw new ArgumentException("A trial has at least one site.", nameof(sites));
        }
    }

    /// <summary>Every site, in the definition's order.</summary>
    public IReadOnlyList<TrialSite> Sites { get; }

    /// <summary>The site with <paramref name="id"/>, or null.</summary>
    public TrialSite? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Sites.FirstOrDefault(site => string.Equals(site.Id, id, StringComparison.Ordinal));
    }

    /// <summary>
    /// The site nearest to <paramref name="location"/> (where the person lives) by great-circle distance, as a one-item
    /// list; every site when the place is unknown (null: not recognised, or abroad).
    /// </summary>
    public IReadOnlyList<TrialSite> Nearest(GeoPoint? location) =>
        location is not { } point ? Sites : [Sites.MinBy(site => site.Location.DistanceKmTo(point))!];

    /// <summary>
    /// This directory with contacts from configuration: for each site id, the non-empty phone and e-mail of
    /// <paramref name="contacts"/> replace the definition's (empty) ones.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not the id of a site.</exception>
    public SiteDirectory WithContacts(IReadOnlyDictionary<string, SiteContact> contacts)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var unknown = contacts.Where(entry => Find(entry.Key) is null || entry.Value is null).Select(entry => entry.Key).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Contacts were configured for unknown site id(s), or left empty: {string.Join(", ", unknown)}; the sites are {string.Join(", ", Sites.Select(site => site.Id))}.",
                nameof(contacts));
        }

        return new SiteDirectory(Sites.Select(site => contacts.TryGetValue(site.Id, out var configured) ? site with { Contact = Merge(site.Contact, configured) } : site));
    }

    private static SiteContact Merge(SiteContact current, SiteContact configured) => new(
        string.IsNullOrWhiteSpace(configured.Phone) ? current.Phone : configured.Phone.Trim(),
        string.IsNullOrWhiteSpace(configured.Email) ? current.Email : configured.Email.Trim());
}
