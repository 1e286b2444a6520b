using TrialBot.Recognition.Places;

namespace TrialBot.Recognition.Tests;

public class CityDirectoryTests
{
    private static readonly CityDirectory Cities = CityDirectory.BuiltIn;

    [Fact]
    public void The_table_covers_every_provincial_capital_and_the_large_cities()
    {
        Assert.True(Cities.Cities.Count >= 60, $"Only {Cities.Cities.Count} cities.");
        foreach (var id in new[] { "beijing", "shanghai", "tianjin", "chongqing", "lhasa", "urumqi", "haikou", "hong-kong", "macau", "taipei", "shenzhen", "suzhou" })
        {
            Assert.NotNull(Cities.Get(id));
        }
    }

    [Fact]
    public void Every_city_has_both_names_and_coordinates_inside_the_region()
    {
        Assert.All(Cities.Cities, city =>
        {
            Assert.False(string.IsNullOrWhiteSpace(city.Name.En));
            Assert.False(string.IsNullOrWhiteSpace(city.Name.Zh));
            Assert.InRange(city.Location.Latitude, 18, 54);
            Assert.InRange(city.Location.Longitude, 73, 135);
        });
        Assert.Equal(Cities.Cities.Count, Cities.Cities.Select(city => city.Id).Distinct().Count());
    }
}
