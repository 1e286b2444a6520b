using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Tests;

public class UnsureLexiconTests
{
    [Theory]
    [InlineData("I don't know", true)]
    [InlineData("idk", true)]
    [InlineData("dont have the number", true)]
    [InlineData("没查", true)]
    [InlineData("不知", true)]
    [InlineData("IDK!!", true)]
    [InlineData("dk", true)]
    [InlineData("dunno", true)]
    [InlineData("i dunno sorry", true)]
    [InlineData("no clue", true)]
    [InlineData("不清楚", true)]
    [InlineData("我不记得了", true)]
    [InlineData("不知道啊", true)]
    [InlineData("probably", false)]
    [InlineData("应该有", false)]
    [InlineData("不可能", false)]
    [InlineData("医生没说过别的", false)]
    [InlineData("没说过", true)]
    [InlineData("idk maybe 40", false)]
    [InlineData("my mum doesnt know", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_whole_answer_is_dont_know_only_when_it_says_nothing_else(string? answer, bool expected)
    {
        Assert.Equal(expected, UnsureLexicon.IsWholeAnswer(answer));
    }

    [Theory]
    [InlineData("dk")]
    [InlineData("idk")]
    [InlineData("dunno")]
    [InlineData("不清楚")]
    public void Every_number_reader_takes_the_same_dont_know(string answer)
    {
        Assert.True(NumberReader.Read(answer, "en-US").IsUnsure);
        Assert.True(LabValueRecognizer.RecognizeCreatinine(answer, "zh-CN").IsUnsure);
        Assert.True(LabValueRecognizer.RecognizeProteinuria(answer, "en-US").IsUnsure);
        Assert.True(LabValueRecognizer.RecognizeIgA(answer, "en-US").IsUnsure);
        Assert.True(ScoreRecognizer.Recognize(answer, "en-US").IsUnsure);
    }
}
