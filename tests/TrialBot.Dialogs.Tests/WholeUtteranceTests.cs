using TrialBot.Recognition.Text;

namespace TrialBot.Dialogs.Tests;

public class WholeUtteranceTests
{
    [Theory]
    [InlineData("  Help!  ", "help")]
    [InlineData("Start   Over.", "start over")]
    [InlineData("I don’t know…", "i don't know")]
    [InlineData("不知道。", "不知道")]
    [InlineData("帮助？", "帮助")]
    [InlineData("ＳＴＯＰ", "stop")]
    [InlineData("?!", "")]
    [InlineData(null, "")]
    public void Normalises(string? text, string expected)
    {
        Assert.Equal(expected, AnswerText.Whole(text));
    }
}
