namespace TrialBot.Recognition.Tests;

public class AgeRecognizerTests
{
    [Theory]
    [InlineData("42", "en-US", 42)]
    [InlineData("forty-two", "en-US", 42)]
    [InlineData("I'm 45", "en-US", 45)]
    [InlineData("im 45 yrs", "en-US", 45)]
    [InlineData("just turned 18", "en-US", 18)]
    [InlineData("45 years old", "en-US", 45)]
    [InlineData("I am forty five", "en-US", 45)]
    [InlineData("45yo", "en-US", 45)]
    [InlineData("70", "en-US", 70)]
    [InlineData("45.5", "en-US", 45)]
    [InlineData("120", "en-US", 120)]
    [InlineData("1", "en-US", 1)]
    [InlineData("18 months old", "en-US", 1)]
    [InlineData("35岁", "zh-CN", 35)]
    [InlineData("我今年三十五岁", "zh-CN", 35)]
    [InlineData("三十五", "zh-CN", 35)]
    [InlineData("我35", "zh-CN", 35)]
    [InlineData("35岁", "en-US", 35)]
    [InlineData("I'm 45", "zh-CN", 45)]
    public void Reads_an_age_in_whole_years(string text, string culture, int expected)
    {
        Assert.Equal(Recognition.Of(expected), AgeRecognizer.Recognize(text, culture));
    }

    [Theory]
    [InlineData("0", RecognitionProblem.OutOfRange)]
    [InlineData("250", RecognitionProblem.OutOfRange)]
    [InlineData("-5", RecognitionProblem.OutOfRange)]
    [InlineData("-5 years old", RecognitionProblem.OutOfRange)]
    [InlineData("121", RecognitionProblem.OutOfRange)]
    [InlineData("born in 1980", RecognitionProblem.OutOfRange)]
    [InlineData("1e400", RecognitionProblem.OutOfRange)]
    [InlineData("123456789012345678901234567890", RecognitionProblem.OutOfRange)]
    [InlineData("old enough", RecognitionProblem.NoNumber)]
    [InlineData("45 or 46", RecognitionProblem.Ambiguous)]
    public void Says_what_is_wrong(string text, string problem)
    {
        Assert.Equal(problem, AgeRecognizer.Recognize(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("I'd rather not say... no idea", "en-US")]
    [InlineData("不知道", "zh-CN")]
    public void Reads_not_knowing_as_unsure(string text, string culture)
    {
        Assert.True(AgeRecognizer.Recognize(text, culture).IsUnsure);
    }
}
