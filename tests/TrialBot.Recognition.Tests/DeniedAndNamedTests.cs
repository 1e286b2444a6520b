using System.Globalization;
using TrialBot.Recognition.Statements;
using TrialBot.Screening.Quantities;
using Xunit;

namespace TrialBot.Recognition.Tests;

/// <summary>A denial that names what is meant instead ("not pred - dex", 不是泼尼松，是地塞米松), a doubt about whether a
/// message arrived, a time after an event dated only by its month, and dates written with a dot in Chinese.</summary>
public sealed class DeniedAndNamedTests
{
    private static readonly YesNoSubject HighDose = new(["high dose", "pulse", "iv steroids", "大剂量", "冲击"], [], []);
    private static readonly YesNoSubject Lupus = new(["lupus", "sle", "狼疮", "红斑狼疮"], [], []);

    [Theory]
    [InlineData("not pred - dex. in the hospital they had me on dexamethasone 16 a day from oct 20 to nov 5", "en-US")]
    [InlineData("不是泼尼松，是地塞米松，住院时一天16毫克，从10月20号到11月5号", "zh-CN")]
    public void A_denial_of_another_medicine_before_the_one_meant_is_no_no(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture, HighDose);

        Assert.False(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("不是红斑狼疮，是干燥综合征", "zh-CN")]
    [InlineData("not lupus - sjogrens", "en-US")]
    public void A_denial_of_what_the_question_asks_about_is_a_no(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture, Lupus);

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("信号断了，刚才那条不知道发出去没有：没有", "zh-CN")]
    [InlineData("not sure if my last message went through - no", "en-US")]
    public void A_doubt_whether_a_message_arrived_is_no_doubt_about_the_answer(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture);

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("The SLE was here at UCSD, sometime after she arrived in March.")]
    [InlineData("at some point after we moved in 2024")]
    public void A_time_sometime_after_a_month_or_year_is_not_that_month(string text) =>
        Assert.False(ElapsedTimeRecognizer.Recognize(text, "en-US", Today.Date).IsRecognized);

    [Theory]
    [InlineData("10.15减到10mg的", "2026-10-15")]
    [InlineData("11.1开始减到两片的", "2026-11-01")]
    [InlineData("24.12开始吃的，肾炎那次", "2024-12-31")]
    public void A_date_written_with_a_dot_in_chinese_is_a_date(string text, string start)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "zh-CN", Today.Date);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date).Days, reading.Value.Days, 0);
    }

    [Theory]
    [InlineData("国庆后从10减到7.5的")]
    [InlineData("一直12.5没变，3个月了")]
    public void A_dose_written_with_a_dot_is_no_date(string text)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "zh-CN", Today.Date);

        Assert.False(reading.IsRecognized && reading.Value.Days is > 100 and < 160, reading.ToString());
    }

    [Theory]
    [InlineData("Not sure, I've never been given one")]
    [InlineData("dunno, never had one done")]
    public void A_score_never_given_is_not_known_not_one(string text) =>
        Assert.True(ScoreRecognizer.Recognize(text, "en-US").IsUnsure);

    [Fact]
    public void The_last_one_with_its_figure_is_that_figure() =>
        Assert.Equal(10, ScoreRecognizer.Recognize("the last one was 10", "en-US").Value);

    [Theory]
    [InlineData("I honestly cant remember if it was last week or the week before, sorry", "en-US")]
    [InlineData("上周还是上上周减的，记不清了", "zh-CN")]
    public void A_time_offered_with_the_one_before_it_is_not_the_first(string text, string culture) =>
        Assert.False(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).IsRecognized);
}
