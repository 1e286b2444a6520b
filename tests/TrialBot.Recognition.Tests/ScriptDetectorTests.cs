namespace TrialBot.Recognition.Tests;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData("我今年三十五岁", true)]
    [InlineData("是的", true)]
    [InlineData("我吃CellCept", true)]
    [InlineData("每天10 mg泼尼松", true)]
    [InlineData("I take prednisone 10 mg daily", false)]
    [InlineData("I take 泼尼松 10 mg every day", false)]
    [InlineData("45", false)]
    [InlineData("👍", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Tells_mainly_chinese_text(string? text, bool expected)
    {
        Assert.Equal(expected, ScriptDetector.IsMainlyChinese(text));
    }

    [Theory]
    [InlineData("不知道", "zh-CN")]
    [InlineData("no idea", "en-US")]
    [InlineData("42", null)]
    [InlineData(null, null)]
    public void Suggests_a_culture(string? text, string? expected)
    {
        Assert.Equal(expected, ScriptDetector.SuggestCulture(text));
    }
}
