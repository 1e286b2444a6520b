using TrialBot.Screening.Sites;

namespace TrialBot.Screening.Definition.Loading;

/// <summary>
/// Reads the <c>sites</c> array; contacts are present but may be empty (configuration fills them). Each site says
/// where the listing names it (<c>source</c>, shown to people) and carries a coordinators' <c>note</c>.
/// </summary>
internal static class SitesReader
{
    /// <summary>The sites, in file order.</summary>
    public static IReadOnlyList<TrialSite> Read(DefinitionNode sitesNode)
    {
        var sites = new List<TrialSite>();
        foreach (var node in sitesNode.Items())
        {
            node.AllowOnly("id", "name", "city", "latitude", "longitude", "principalInvestigators", "contact", "source", "note");
            var idNode = node.Required("id");
            var id = idNode.String();
            if (sites.Any(site => site.Id == id))
            {
                throw idNode.Error($"the site '{id}' is defined twice.");
            }

            sites.Add(new TrialSite(
                id,
                node.Required("name").Text(),
                node.Required("city").Text(),
                new GeoPoint(Degrees(node.Required("latitude"), 90), Degrees(node.Required("longitude"), 180)),
                node.Required("principalInvestigators").Strings(allowEmpty: true),
                ReadContact(node.Required("contact")),
                node.Required("source").Text(),
                node.Required("note").String()));
        }

        return sites;
    }

    private static double Degrees(DefinitionNode node, double limit) =>
        node.Number() is var value && Math.Abs(value) <= limit ? value : throw node.Error($"expected degrees between -{limit} and {limit}.");

    private static SiteContact ReadContact(DefinitionNode node)
    {
        node.AllowOnly("phone", "email");
        return new SiteContact(node.Required("phone").StringOrEmpty(), node.Required("email").StringOrEmpty());
    }
}
