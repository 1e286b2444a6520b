using TrialBot.Screening.Sites;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Sites;

public class SiteDirectoryTests
{
    private static readonly SiteDirectory Sites = new(TrialFixture.Definition.Sites);

    /// <summary>City centres (WGS 84), as a person's place is given to the core once recognised.</summary>
    private static readonly Dictionary<string, GeoPoint> Cities = new()
    {
        ["beijing"] = new(39.9042, 116.4074),
        ["shanghai"] = new(31.2304, 121.4737),
        ["hangzhou"] = new(30.2741, 120.1551),
        ["suzhou"] = new(31.2989, 120.5853),
        ["changsha"] = new(28.2282, 112.9388),
        ["zhengzhou"] = new(34.7466, 113.6254),
        ["chengdu"] = new(30.5728, 104.0668),
        ["nanjing"] = new(32.0603, 118.7969),
        ["guangzhou"] = new(23.1291, 113.2644),
        ["wuhan"] = new(30.5928, 114.3055),
    };

    [Theory]
    [InlineData("hangzhou", "shanghai-renji")]
    [InlineData("suzhou", "shanghai-renji")]
    [InlineData("changsha", "wuhan-union")]
    [InlineData("zhengzhou", "wuhan-union")]
    [InlineData("chengdu", "wuhan-union")]
    [InlineData("nanjing", "shanghai-renji")]
    [InlineData("guangzhou", "wuhan-union")]
    [InlineData("wuhan", "wuhan-union")]
    public void The_nearest_site_is_chosen_by_distance(string cityId, string expectedSiteId)
    {
        var nearest = Sites.Nearest(Cities[cityId]);

        Assert.Equal(expectedSiteId, Assert.Single(nearest).Id);
    }

    [Fact]
    public void An_unknown_place_or_abroad_gets_every_site()
    {
        var sites = Sites.Nearest(null);

        Assert.Equal(["wuhan-union", "shanghai-renji"], sites.Select(site => site.Id));
    }

    [Fact]
    public void Contacts_come_from_configuration()
    {
        var configured = Sites.WithContacts(new Dictionary<string, SiteContact>
        {
            ["wuhan-union"] = new("+86 27 0000 0000", string.Empty),
        });

        Assert.Equal("+86 27 0000 0000", configured.Find("wuhan-union")!.Contact.Phone);
        Assert.Equal(string.Empty, configured.Find("wuhan-union")!.Contact.Email);
        Assert.True(configured.Find("shanghai-renji")!.Contact.IsEmpty);
        Assert.True(Sites.Find("wuhan-union")!.Contact.IsEmpty);
    }

    [Fact]
    public void A_contact_for_an_unknown_site_is_a_configuration_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Sites.WithContacts(new Dictionary<string, SiteContact> { ["beijing-typo"] = SiteContact.None }));

        Assert.Contains("beijing-typo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distances_are_great_circle_kilometres()
    {
        var shanghai = Cities["shanghai"];
        var beijing = Cities["beijing"];

        Assert.InRange(shanghai.DistanceKmTo(beijing), 1050, 1090);
        Assert.Equal(0, shanghai.DistanceKmTo(shanghai), 9);
    }
}
