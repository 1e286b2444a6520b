using TrialBot.Screening.Sites;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Sites;

public class SiteDirectoryTests
{
    private static readonly SiteDirectory Sites = new(TrialFixture.Definition.Sites);

    [Theory]
    [InlineData("hangzhou", "shanghai-renji")]
    [InlineData("suzhou", "shanghai-renji")]
    [InlineData("changsha", "wuhan-union")]
    [InlineData("zhengzhou", "wuhan-union")]
    [InlineData("chengdu", "wuhan-union")]
    [InlineData("nanjing", "shanghai-renji")]
    [InlineData("guangzhou", "wuhan-union")]
    [InlineData("wuhan", "wuhan-union")]
    public void TheNearestSiteIsChosenByDistance(string cityId, string expectedSiteId)
    {
        var nearest = Sites.Nearest(CityDirectory.BuiltIn.Get(cityId));

        Assert.Equal(expectedSiteId, Assert.Single(nearest).Id);
    }

    [Fact]
    public void AnUnknownPlaceOrAbroadGetsEverySite()
    {
        var sites = Sites.Nearest(null);

        Assert.Equal(["wuhan-union", "shanghai-renji"], sites.Select(site => site.Id));
    }

    [Fact]
    public void ContactsComeFromConfiguration()
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
    public void AContactForAnUnknownSiteIsAConfigurationError()
    {
        var error = Assert.Throws<ArgumentException>(() => Sites.WithContacts(new Dictionary<string, SiteContact> { ["beijing-typo"] = SiteContact.None }));

        Assert.Contains("beijing-typo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DistancesAreGreatCircleKilometres()
    {
        var shanghai = CityDirectory.BuiltIn.Get("shanghai")!.Location;
        var beijing = CityDirectory.BuiltIn.Get("beijing")!.Location;

        Assert.InRange(shanghai.DistanceKmTo(beijing), 1050, 1090);
        Assert.Equal(0, shanghai.DistanceKmTo(shanghai), 9);
    }
}
