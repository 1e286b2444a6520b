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
    [InlineData("you, pi zhen he guan jie tong yi zhi you", "有, pi zhen he guan jie tong一直有")]
    [InlineData("po ni song mei tian 3 pian, yi pian 5 hao ke", "po ni song每天3片,一片5毫克")]
    [InlineData("mei tian 15 hao ke", "每天15毫克")]
    [InlineData("3 pian chi le 3 ge yue le, mei bian guo", "3片吃了3个月le,没变过")]
    [InlineData("qu nian 10 yue kai shi chi de, yi zhi mei ting", "去年10月开始吃的,一直没停")]
    [InlineData("46 sui", "46岁")]
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

    [Theory]
    [InlineData("po ni song mei tian 3 pian, yi pian 5 hao ke", 15)]
    [InlineData("mei tian 15 hao ke", 15)]
    public void A_dose_typed_in_pinyin_keeps_its_figures(string typed, double mgPerDay)
    {
        var reading = new DoseRecognizer(Catalog.All).Recognize(PinyinAnswer.ToHan(typed, "zh-CN"), "zh-CN");

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(mgPerDay, reading.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("3 pian chi le 3 ge yue le, mei bian guo", 91)]
    [InlineData("qu nian 10 yue kai shi chi de, yi zhi mei ting", 389)]
    public void A_time_typed_in_pinyin_keeps_its_figures(string typed, int days)
    {
        var reading = ElapsedTimeRecognizer.Recognize(PinyinAnswer.ToHan(typed, "zh-CN"), "zh-CN", Today.Date);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(days, reading.Value.Days, 0);
    }

    [Fact]
    public void A_pinyin_no_answers_a_yes_no_question()
    {
        var reading = YesNoRecognizer.Recognize(PinyinAnswer.ToHan("mei you", "zh-CN"), "zh-CN");

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }
}
