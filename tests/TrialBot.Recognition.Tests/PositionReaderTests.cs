namespace TrialBot.Recognition.Tests;

public class PositionReaderTests
{
    [Theory]
    [InlineData("2", "en-US", 2)]
    [InlineData("two", "en-US", 2)]
    [InlineData("second", "en-US", 2)]
    [InlineData("third", "en-US", 3)]
    [InlineData("二", "zh-CN", 2)]
    [InlineData("第二", "zh-CN", 2)]
    [InlineData("３", "zh-CN", 3)]
    public void A_whole_answer_that_is_a_number_or_an_ordinal_is_a_position(string answer, string culture, int position)
    {
        Assert.Equal(position, PositionReader.Read(answer, culture));
    }

    [Theory]
    [InlineData("I take 2 tablets")]
    [InlineData("the second one I think")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2 or 3")]
    public void A_number_inside_a_longer_answer_is_no_position(string? answer)
    {
        Assert.Null(PositionReader.Read(answer, "en-US"));
    }
}
