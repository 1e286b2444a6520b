namespace TrialBot.Recognition.Tests;

/// <summary>A month said with its week or day unknown is any day of it: from its last day (the shortest) to its first (the longest).</summary>
public sealed class MonthWithDayUnknownTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("Some time in October, I don't know which week")]
    [InlineData("started in october but not sure what day")]
    [InlineData("october, cant remember which date")]
    [InlineData("october but i cant remember the exact date")]
    [InlineData("they changed it in oct, no idea of the date")]
    public void A_month_with_its_day_unknown_spans_the_whole_month(string text)
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!;

        Assert.Equal(36, span.Shortest.Days, 1);
        Assert.Equal(66, span.Longest!.Value.Days, 1);
    }

    [Theory]
    [InlineData("这回是10月份住院的时候开始吃的。出院小结拍的照片糊了，入院日期是10月几号看不清")]
    [InlineData("反正是10月份，具体哪天真不知道")]
    [InlineData("10月份调的，哪天不记得了")]
    [InlineData("十月份吧，哪天记不清了")]
    [InlineData("10月开始的，几号忘了")]
    public void A_chinese_month_with_its_day_unknown_spans_the_whole_month_and_is_no_admission_of_not_knowing(string text)
    {
        var reading = ElapsedTimeRecognizer.RecognizeSpan(text, "zh-CN", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(36, reading.Value!.Shortest.Days, 1);
        Assert.Equal(66, reading.Value.Longest!.Value.Days, 1);
    }

    [Fact]
    public void A_month_with_its_year_and_its_day_unknown_is_read_as_the_month()
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan("2020年10月确诊的，具体哪天记不清了", "zh-CN", Today).Value!;

        Assert.InRange(span.Shortest.Days / 365.25, 6.0, 6.2);
        Assert.Equal(30, span.Longest!.Value.Days - span.Shortest.Days, 1);
    }

    [Theory]
    [InlineData("夏天停过一阵，哪天又开始吃的不记得了", "zh-CN")]
    [InlineData("I don't remember the date I started", "en-US")]
    public void Not_knowing_the_day_with_no_month_said_is_not_knowing_when(string text, string culture)
    {
        var reading = ElapsedTimeRecognizer.RecognizeSpan(text, culture, Today);

        Assert.False(reading.IsRecognized && reading.Value!.Longest is not null, reading.ToString());
    }

    [Theory]
    [InlineData("中秋节前几天医生给减到三片的，具体哪天忘了，之后没变", "zh-CN")]
    [InlineData("这一轮是23年双十一那阵子重新开始吃的，具体哪天不记得了", "zh-CN")]
    [InlineData("上个月初从12.5减到10的，几号忘了，反正是月初", "zh-CN")]
    [InlineData("Doctor reduced me from 15 to 10 just before Ramadan started. The exact date I don't remember but it has been 10 since then", "en-US")]
    public void Not_knowing_the_day_of_a_holiday_or_part_of_a_month_said_keeps_the_time_said(string text, string culture)
    {
        var reading = ElapsedTimeRecognizer.RecognizeSpan(text, culture, Today);

        Assert.True(reading.IsRecognized, reading.ToString());
    }

    [Fact]
    public void Not_knowing_the_day_of_an_event_the_bot_cannot_date_asks_for_the_month()
    {
        var reading = ElapsedTimeRecognizer.RecognizeSpan("供暖那几天前后减的，从三片减到两片，具体哪天记不住了，反正刚烧暖气那阵儿", "zh-CN", Today);

        Assert.False(reading.IsRecognized || reading.IsUnsure, reading.ToString());
    }

    [Theory]
    [InlineData("这个我真记不清了，是怀孕后期还是生完孩子以后确诊的。孩子是今年5月15号生的")]
    [InlineData("生完孩子以后查出来的，孩子是5月15号生的")]
    [InlineData("5月15号生完孩子，之后确诊的")]
    public void Diagnosed_after_a_dated_event_or_either_side_of_it_is_not_read_as_the_event_s_date(string text)
    {
        var reading = ElapsedTimeRecognizer.RecognizeSpan(text, "zh-CN", Today);

        Assert.False(reading.IsRecognized, reading.ToString());
    }

    [Fact]
    public void A_month_alone_is_read_from_its_last_day_as_before()
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan("since October", "en-US", Today).Value!;

        Assert.Equal(36, span.Shortest.Days, 1);
        Assert.Null(span.Longest);
    }
}
