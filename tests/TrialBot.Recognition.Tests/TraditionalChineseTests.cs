using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Tests;

/// <summary>Answers typed in traditional characters are read as their simplified twins.</summary>
public class TraditionalChineseTests
{
    [Theory]
    [InlineData("沒有", "没有")]
    [InlineData("是，2001年確診的", "是，2001年确诊的")]
    [InlineData("關節痛，疹子，白細胞也低", "关节痛，疹子，白细胞也低")]
    [InlineData("為甚麼要問這個？", "为什么要问这个？")]
    [InlineData("prednisone 10mg", "prednisone 10mg")]
    public void Traditional_characters_are_cleaned_into_simplified(string typed, string cleaned)
    {
        Assert.Equal(cleaned, AnswerText.Clean(typed));
    }

    [Fact]
    public void A_traditional_no_is_a_no()
    {
        var reading = YesNoRecognizer.Recognize("沒有", "zh-CN");

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Fact]
    public void A_traditional_medicine_name_is_its_medicine()
    {
        var reading = new DoseRecognizer(Catalog.All).Recognize("潑尼松一片半，每片5毫克", "zh-CN");

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal("prednisone", reading.Value!.Medicine.Id);
        Assert.Equal(7.5, reading.Value.DailyDose.MgPerDay, 6);
    }
}
