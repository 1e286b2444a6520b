namespace TrialBot.Recognition.Tests;

public class NumberReaderTests
{
    [Theory]
    [InlineData("42", "en-US", 42)]
    [InlineData("7.5", "en-US", 7.5)]
    [InlineData("1,000", "en-US", 1000)]
    [InlineData("forty-two", "en-US", 42)]
    [InlineData("forty two", "en", 42)]
    [InlineData("seven and a half", "en-US", 7.5)]
    [InlineData("7.5mg", "en-US", 7.5)]
    [InlineData("10MG", "en-US", 10)]
    [InlineData("about 12", "en-US", 12)]
    [InlineData("-5", "en-US", -5)]
    [InlineData("三十五", "zh-CN", 35)]
    [InlineData("两", "zh-CN", 2)]
    [InlineData("十二", "zh-CN", 12)]
    [InlineData("七点五", "zh-CN", 7.5)]
    [InlineData("7.5毫克", "zh-CN", 7.5)]
    [InlineData("３５", "zh-CN", 35)]
    [InlineData("三十五", "en-US", 35)]
    [InlineData("forty-two", "zh-CN", 42)]
    [InlineData("42", "fr-FR", 42)]
    [InlineData("42", null, 42)]
    public void Reads_a_number(string text, string? culture, double expected)
    {
        Assert.Equal(Recognition.Of(expected), NumberReader.Read(text, culture));
    }

    [Theory]
    [InlineData("no", RecognitionProblem.NoNumber)]
    [InlineData("1 2 3 4 5 6 7 8 9 0 11 12", RecognitionProblem.Ambiguous)]
    [InlineData("12 or 13", RecognitionProblem.Ambiguous)]
    [InlineData("1e400", RecognitionProblem.OutOfRange)]
    [InlineData("123456789012345678901234567890", RecognitionProblem.OutOfRange)]
    [InlineData("", RecognitionProblem.Empty)]
    public void Says_what_is_wrong(string text, string problem)
    {
        Assert.Equal(problem, NumberReader.Read(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("not sure")]
    [InlineData("不记得")]
    public void Reads_not_knowing_as_unsure(string text)
    {
        Assert.True(NumberReader.Read(text, "en-US").IsUnsure);
    }
}
