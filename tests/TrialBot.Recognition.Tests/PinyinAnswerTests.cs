using TrialBot.Recognition.Text;

namespace TrialBot.Recognition.Tests;

/// <summary>Everyday words of an answer typed in pinyin, in a Chinese conversation.</summary>
public class PinyinAnswerTests
{
    [Theory]
    [InlineData("mei you", "没有")]
    [InlineData("shi de", "是的")]
    [InlineData("Bu zhi dao", "不知道")]
    [InlineData("meiyou", "没有")]
    [InlineData("you, pi zhen he guan jie tong yi zhi you", "有 pi zhen he guan jie tong 一直 有")]
    public void Pinyin_words_are_written_in_characters(string typed, string written)
    {
        Assert.Equal(written, PinyinAnswer.ToHan(typed, "zh-CN"));
    }

    [Theory]
    [InlineData("mei you", "en-US")]
    [InlineData("you know, no", "zh-CN")]
    [InlineData("10mg", "zh-CN")]
    [InlineData("没有", "zh-CN")]
    public void Other_answers_are_left_as_typed(string typed, string culture)
    {
        Assert.Equal(typed, PinyinAnswer.ToHan(typed, culture));
    }

    [Fact]
    public void A_pinyin_no_answers_a_yes_no_question()
    {
        var reading = YesNoRecognizer.Recognize(PinyinAnswer.ToHan("mei you", "zh-CN"), "zh-CN");

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }
}
