namespace TrialBot.Recognition.Tests;

/// <summary>Places read as a city of the built-in table, in either script, with typos; broad areas asked about.</summary>
public class PlaceRecognizerTests
{
    [Theory]
    [InlineData("I live in Hangzhou", "hangzhou")]
    [InlineData("杭州", "hangzhou")]
    [InlineData("浙江杭州", "hangzhou")]
    [InlineData("我住在杭州市西湖区", "hangzhou")]
    [InlineData("near Nanjing", "nanjing")]
    [InlineData("NANJING!", "nanjing")]
    [InlineData("Xi'an", "xian")]
    [InlineData("西安", "xian")]
    [InlineData("Ürümqi", "urumqi")]
    [InlineData("Hong Kong", "hong-kong")]
    [InlineData("澳門", "macau")]
    [InlineData("臺北", "taipei")]
    [InlineData("Canton", "guangzhou")]
    [InlineData("在长沙工作", "changsha")]
    [InlineData("我在上海南京路", "shanghai")]
    [InlineData("Sanya, Hainan", "sanya")]
    [InlineData("suzhou, near shanghai", "suzhou")]
    public void Finds_a_city_in_either_script(string text, string expectedId) =>
        Assert.Equal(expectedId, PlaceRecognizer.Recognize(text, "en-US").Value?.CityId);

    [Theory]
    [InlineData("Wuhna", "wuhan")]
    [InlineData("shangai", "shanghai")]
    [InlineData("Hangzou", "hangzhou")]
    [InlineData("Shenzen", "shenzhen")]
    public void A_city_misspelt_by_a_letter_or_two_is_that_city(string text, string expectedId) =>
        Assert.Equal(expectedId, PlaceRecognizer.Recognize(text, "en-US").Value?.CityId);

    [Theory]
    [InlineData("pudong", "shanghai")]
    [InlineData("minhang, sh", "shanghai")]
    [InlineData("浦东新区", "shanghai")]
    [InlineData("Wuchang", "wuhan")]
    [InlineData("hanyang district", "wuhan")]
    [InlineData("光谷", "wuhan")]
    [InlineData("洪山区", "wuhan")]
    [InlineData("kunshan", "kunshan")]
    [InlineData("湖北黄冈", "huanggang")]
    public void A_district_of_a_city_is_that_city_and_a_town_near_one_is_its_own(string text, string expectedId) =>
        Assert.Equal(expectedId, PlaceRecognizer.Recognize(text, "en-US").Value?.CityId);

    [Fact]
    public void A_city_named_as_written_wins_over_another_a_letter_off() =>
        Assert.Equal("shanghai", PlaceRecognizer.Recognize("im in huangpu shanghai", "en-US").Value?.CityId);

    [Theory]
    [InlineData("湖北利川", "wuhan")]
    [InlineData("I live in Lichuan, Hubei", "wuhan")]
    public void A_province_with_a_place_in_it_stands_for_its_capital(string text, string expectedId) =>
        Assert.Equal(expectedId, PlaceRecognizer.Recognize(text, "zh-CN").Value?.CityId);

    [Theory]
    [InlineData("Zhejiang")]
    [InlineData("湖北省")]
    [InlineData("I'm from Hunan province")]
    [InlineData("China")]
    [InlineData("the south")]
    [InlineData("南方")]
    [InlineData("国内")]
    public void A_province_alone_or_a_broad_area_is_asked_about(string text) =>
        Assert.Equal(PlaceRecognizer.TooBroad, PlaceRecognizer.Recognize(text, "en-US").Problem);

    [Theory]
    [InlineData("London")]
    [InlineData("I live abroad")]
    [InlineData("Shanghaied")]
    public void Other_text_is_a_place_without_a_city(string text)
    {
        var reading = PlaceRecognizer.Recognize(text, "en-US");

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Null(reading.Value!.CityId);
    }
}
