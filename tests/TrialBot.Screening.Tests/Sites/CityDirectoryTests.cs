using TrialBot.Screening.Sites;

namespace TrialBot.Screening.Tests.Sites;

public class CityDirectoryTests
{
    private static readonly CityDirectory Cities = CityDirectory.BuiltIn;

    [Theory]
    [InlineData("I live in Hangzhou", "hangzhou")]
    [InlineData("杭州", "hangzhou")]
    [InlineData("浙江杭州", "hangzhou")]
    [InlineData("我住在杭州市西湖区", "hangzhou")]
    [InlineData("near Nanjing", "nanjing")]
    [InlineData("NANJING!", "nanjing")]
    [InlineData("Xi'an", "xian")]
    [InlineData("xian", "xian")]
    [InlineData("西安", "xian")]
    [InlineData("Ürümqi", "urumqi")]
    [InlineData("urumqi", "urumqi")]
    [InlineData("Hong Kong", "hong-kong")]
    [InlineData("香港", "hong-kong")]
    [InlineData("Macao", "macau")]
    [InlineData("澳門", "macau")]
    [InlineData("Taipei", "taipei")]
    [InlineData("臺北", "taipei")]
    [InlineData("Canton", "guangzhou")]
    [InlineData("廣州", "guangzhou")]
    [InlineData("在长沙工作", "changsha")]
    [InlineData("我在上海南京路", "shanghai")]
    [InlineData("Sanya, Hainan", "sanya")]
    public void FindsACityInEitherScript(string text, string expectedId)
    {
        Assert.Equal(expectedId, Cities.Find(text)?.Id);
    }

    [Theory]
    [InlineData("Zhejiang", "hangzhou")]
    [InlineData("浙江", "hangzhou")]
    [InlineData("I'm from Hunan province", "changsha")]
    [InlineData("湖北省", "wuhan")]
    [InlineData("Inner Mongolia", "hohhot")]
    [InlineData("内蒙古", "hohhot")]
    [InlineData("Shaanxi", "xian")]
    [InlineData("Shanxi", "taiyuan")]
    [InlineData("新疆", "urumqi")]
    public void AProvinceStandsForItsCapital(string text, string expectedId)
    {
        Assert.Equal(expectedId, Cities.Find(text)?.Id);
    }

    [Theory]
    [InlineData("London")]
    [InlineData("I live abroad")]
    [InlineData("China")]
    [InlineData("")]
    [InlineData("Shanghaied")]
    [InlineData("Chinese")]
    public void NoCityIsFoundInOtherText(string text)
    {
        Assert.Null(Cities.Find(text));
    }

    [Fact]
    public void TheTableCoversEveryProvincialCapitalAndTheLargeCities()
    {
        Assert.True(Cities.Cities.Count >= 60, $"Only {Cities.Cities.Count} cities.");
        foreach (var id in new[] { "beijing", "shanghai", "tianjin", "chongqing", "lhasa", "urumqi", "haikou", "hong-kong", "macau", "taipei", "shenzhen", "suzhou" })
        {
            Assert.NotNull(Cities.Get(id));
        }
    }

    [Fact]
    public void EveryCityHasBothNamesAndCoordinatesInsideTheRegion()
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
