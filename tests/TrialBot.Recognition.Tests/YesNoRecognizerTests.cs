namespace TrialBot.Recognition.Tests;

public class YesNoRecognizerTests
{
    [Theory]
    [InlineData("yes", "en-US")]
    [InlineData("Yes.", "en-US")]
    [InlineData("yeah", "en-US")]
    [InlineData("yep", "en")]
    [InlineData("sure", "en-US")]
    [InlineData("OK", "en-US")]
    [InlineData("okay!", "en-US")]
    [InlineData("correct", "en-US")]
    [InlineData("I do", "en-US")]
    [InlineData("I have", "en-US")]
    [InlineData("I agree", "en-US")]
    [InlineData("absolutely", "en-US")]
    [InlineData("of course", "en-US")]
    [InlineData("Yes, I have", "en-US")]
    [InlineData("sure, no problem", "en-US")]
    [InlineData("yeah no problem", "en-US")]
    [InlineData("aye, its for my dad, hes fine with it", "en-US")]
    [InlineData("yeah no worries", "en-US")]
    [InlineData("是", "zh-CN")]
    [InlineData("是的", "zh-CN")]
    [InlineData("对", "zh-CN")]
    [InlineData("有", "zh-CN")]
    [InlineData("好", "zh-CN")]
    [InlineData("好的", "zh-CN")]
    [InlineData("同意", "zh-CN")]
    [InlineData("可以", "zh-CN")]
    [InlineData("嗯", "zh-CN")]
    [InlineData("没错", "zh-CN")]
    [InlineData("是的，我有", "zh-Hans")]
    [InlineData("yes", "zh-CN")]
    [InlineData("是的", "en-US")]
    [InlineData("Opo", "en-US")]
    public void Reads_yes(string text, string culture)
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize(text, culture));
    }

    [Theory]
    [InlineData("no", "en-US")]
    [InlineData("No!", "en-US")]
    [InlineData("nope", "en-US")]
    [InlineData("never", "en-US")]
    [InlineData("not really", "en-US")]
    [InlineData("none", "en-US")]
    [InlineData("none of those", "en-US")]
    [InlineData("I don't", "en-US")]
    [InlineData("I dont", "en-US")]
    [InlineData("I don’t", "en-US")]
    [InlineData("nah", "en-US")]
    [InlineData("I have never", "en-US")]
    [InlineData("No, I haven't", "en-US")]
    [InlineData("I do not agree", "en-US")]
    [InlineData("of course not", "en-US")]
    [InlineData("不是", "zh-CN")]
    [InlineData("没有", "zh-CN")]
    [InlineData("无", "zh-CN")]
    [InlineData("不", "zh-CN")]
    [InlineData("不同意", "zh-CN")]
    [InlineData("不要", "zh-CN")]
    [InlineData("从来没有", "zh-CN")]
    [InlineData("嗯，没有", "zh-CN")]
    [InlineData("我没有做过移植", "zh-TW")]
    [InlineData("nop", "en-US")]
    [InlineData("noo", "en-US")]
    [InlineData("nopee", "en-US")]
    [InlineData("Wala po", "en-US")]
    [InlineData("Hindi po", "en-US")]
    [InlineData("wala naman", "en-US")]
    [InlineData("不行", "zh-CN")]
    [InlineData("现在不行", "zh-CN")]
    [InlineData("我不行", "zh-CN")]
    public void Reads_no(string text, string culture)
    {
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, culture));
    }

    [Theory]
    [InlineData("嗯，化验也不行")]
    [InlineData("化验不行，关节也疼")]
    [InlineData("指标还是不行")]
    [InlineData("就是有点累")]
    public void No_good_said_of_something_is_no_no(string text)
    {
        var reading = YesNoRecognizer.Recognize(text, "zh-CN");

        Assert.False(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("can we do this in hindi")]
    [InlineData("the chai wala")]
    public void Tagalog_words_without_their_particle_are_no_no(string text)
    {
        var reading = YesNoRecognizer.Recognize(text, "en-US");

        Assert.False(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    [InlineData("I'm not sure")]
    [InlineData("no idea")]
    [InlineData("No idea, sorry")]
    [InlineData("can't remember")]
    [InlineData("I can't recall")]
    [InlineData("dunno")]
    [InlineData("Di ko po alam")]
    [InlineData("idk")]
    [InlineData("maybe")]
    [InlineData("不知道")]
    [InlineData("不清楚")]
    [InlineData("不确定")]
    [InlineData("不记得")]
    [InlineData("忘了")]
    [InlineData("我不太清楚")]
    public void Reads_not_knowing_as_unsure(string text)
    {
        Assert.Equal(Recognition.Unsure<bool>(), YesNoRecognizer.Recognize(text, "en-US"));
    }

    [Theory]
    [InlineData("yes and no")]
    [InlineData("是也不是")]
    public void Both_is_ambiguous(string text)
    {
        Assert.Equal(RecognitionProblem.Ambiguous, YesNoRecognizer.Recognize(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("banana")]
    [InlineData("42")]
    [InlineData("what do you mean?")]
    [InlineData("🙂")]
    public void Neither_is_not_yes_or_no(string text)
    {
        Assert.Equal(RecognitionProblem.NotYesOrNo, YesNoRecognizer.Recognize(text, "en-US").Problem);
    }
}
