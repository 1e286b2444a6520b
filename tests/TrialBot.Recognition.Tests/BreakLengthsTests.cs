using System.Globalization;
using TrialBot.Screening.Quantities;
using Xunit;

namespace TrialBot.Recognition.Tests;

/// <summary>A length spent off a medicine ("a year off it", 停了一年) is never the time on it.</summary>
public sealed class BreakLengthsTests
{
    [Theory]
    [InlineData("this time since october 27, id had about a year off it before that", "en-US", "2026-10-27")]
    [InlineData("I had a year off them, restarted in october", "en-US", "2026-10-31")]
    [InlineData("停了一年，10月底又开始吃的", "zh-CN", "2026-10-31")]
    [InlineData("20年开始吃的，中间停药半年，今年3月又吃上了", "zh-CN", "2026-03-31")]
    [InlineData("On and off since I was 19 eh. This time since the Tuesday after Labour weekend, I'd had about a year off it before that", "en-US", "2026-10-27")]
    public void The_date_beside_a_break_is_read_not_the_breaks_length(string text, string culture, string start)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date).Days, reading.Value.Days, 0);
    }

    [Theory]
    [InlineData("had 6 months off pred, back on it 10 weeks now", "en-US", 70)]
    [InlineData("停了两个礼拜，又吃了3个月了", "zh-CN", 91)]
    public void A_length_since_starting_again_is_read(string text, string culture, int days) =>
        Assert.Equal(days, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Value.Days, 0);

    [Theory]
    [InlineData("2 years, took a 3 month break in 2023")]
    [InlineData("been on it 8 months now, stopped for 2 weeks in the summer")]
    public void A_length_beside_a_break_is_not_taken_as_the_current_course(string text) =>
        Assert.False(ElapsedTimeRecognizer.Recognize(text, "en-US", Today.Date).IsRecognized);
}
