using TrialBot.Screening.Sites;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Sites;

public class SiteDirectoryTests
{
    private static readonly SiteDirectory Sites = new(TrialFixture.Definition.Sites);

    [Theory]
    [InlineData("Hangzhou", "shanghai-renji")]
    [InlineData("苏州", "shanghai-renji")]
    [InlineData("Changsha", "wuhan-union")]
    [InlineData("郑州", "wuhan-union")]
    [InlineData("Chengdu", "wuhan-union")]
    [InlineData("Nanjing", "shanghai-renji")]
    [InlineData("Guangzhou", "wuhan-union")]
    [InlineData("Wuhan", "wuhan-union")]
    public void TheNearestSiteIsChosenByDistance(string place, string expectedSiteId)
    {
        var nearest = Sites.Nearest(CityDirectory.BuiltIn.Find(place));

        Assert.Equal(expectedSiteId, Assert.Single(nearest).Id);
    }

    [Fact]
    public void AnUnknownPlaceOrAbroadGetsEverySite()
    {
        var sites = Sites.Nearest(CityDirectory.BuiltIn.Find("London"));

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
