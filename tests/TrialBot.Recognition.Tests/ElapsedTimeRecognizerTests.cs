using System.Globalization;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

public class ElapsedTimeRecognizerTests
{
    [Theory]
    [InlineData("3 years ago", "en-US", "2023-11-24")]
    [InlineData("since 2019", "en-US", "2019-12-31")]
    [InlineData("in March 2021", "en-US", "2021-03-31")]
    [InlineData("diagnosed in 2020", "en-US", "2020-12-31")]
    [InlineData("2019", "en-US", "2019-12-31")]
    [InlineData("3/15/2021", "en-US", "2021-03-15")]
    [InlineData("since last year", "en-US", "2025-12-31")]
    [InlineData("before 2020", "en-US", "2019-12-31")]
    [InlineData("in March", "en-US", "2026-03-31")]
    [InlineData("three or four years ago", "en-US", "2023-11-24")]
    [InlineData("3 or 4 years ago", "en-US", "2023-11-24")]
    [InlineData("this year", "en-US", "2026-11-24")]
    [InlineData("三年前", "zh-CN", "2023-11-24")]
    [InlineData("2019年3月", "zh-CN", "2019-03-31")]
    [InlineData("2020年确诊", "zh-CN", "2020-12-31")]
    [InlineData("从2019年开始", "zh-CN", "2019-12-31")]
    [InlineData("三个月前", "zh-CN", "2026-08-24")]
    [InlineData("去年", "zh-CN", "2025-12-31")]
    [InlineData("since 2019", "zh-CN", "2019-12-31")]
    public void Measures_a_date_from_the_latest_day_it_can_mean(string text, string culture, string start)
    {
        var expected = Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date);

        Assert.Equal(Recognition.Of(expected), ElapsedTimeRecognizer.Recognize(text, culture, Today.Date));
    }

    [Fact]
    public void Since_a_year_never_overstates_the_time()
    {
        var elapsed = ElapsedTimeRecognizer.Recognize("since 2019", "en-US", Today.Date).Value;

        Assert.Equal(Duration.Between(new DateOnly(2019, 12, 31), Today.Date), elapsed);
        Assert.True(elapsed < Duration.Between(new DateOnly(2019, 1, 1), Today.Date));
    }

    [Theory]
    [InlineData("7 months", "en-US", 0, 7, 0, 0)]
    [InlineData("about 5 weeks", "en-US", 0, 0, 5, 0)]
    [InlineData("half a year", "en-US", 0.5, 0, 0, 0)]
    [InlineData("a year and a half", "en-US", 1.5, 0, 0, 0)]
    [InlineData("12 weeks", "en-US", 0, 0, 12, 0)]
    [InlineData("six months", "en-US", 0, 6, 0, 0)]
    [InlineData("2 years and 3 months", "en-US", 2, 3, 0, 0)]
    [InlineData("more than 3 years", "en-US", 3, 0, 0, 0)]
    [InlineData("3-4 years", "en-US", 3, 0, 0, 0)]
    [InlineData("for a couple of weeks", "en-US", 0, 0, 2, 0)]
    [InlineData("10 days", "en-US", 0, 0, 0, 10)]
    [InlineData("半年", "zh-CN", 0.5, 0, 0, 0)]
    [InlineData("两个星期", "zh-CN", 0, 0, 2, 0)]
    [InlineData("一年多", "zh-CN", 1, 0, 0, 0)]
    [InlineData("确诊三年了", "zh-CN", 3, 0, 0, 0)]
    [InlineData("一年半", "zh-CN", 1.5, 0, 0, 0)]
    [InlineData("八周", "zh-CN", 0, 0, 8, 0)]
    [InlineData("五六年", "zh-CN", 5, 0, 0, 0)]
    [InlineData("两三个月", "zh-CN", 0, 2, 0, 0)]
    [InlineData("3到4年", "zh-CN", 3, 0, 0, 0)]
    [InlineData("6 months", "zh-CN", 0, 6, 0, 0)]
    public void Reads_a_length_of_time(string text, string culture, double years, double months, double weeks, double days)
    {
        var expected = Duration.FromDays(Duration.FromYears(years).Days + Duration.FromMonths(months).Days + Duration.FromWeeks(weeks).Days + days);

        var result = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(expected.Days, result.Value.Days, 6);
    }

    [Theory]
    [InlineData("almost 2 years", "en-US", 2)]
    [InlineData("nearly a year", "en-US", 1)]
    [InlineData("快两年了", "zh-CN", 2)]
    public void Almost_is_just_under_the_figure(string text, string culture, double years)
    {
        var result = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.Equal(Duration.FromYears(years).Days - 1, result.Value.Days, 6);
    }

    [Fact]
    public void Of_several_times_the_shortest_is_taken()
    {
        var result = ElapsedTimeRecognizer.Recognize("diagnosed 6 months ago and on prednisone for 8 weeks", "en-US", Today.Date);

        Assert.Equal(Recognition.Of(Duration.FromWeeks(8)), result);
    }

    [Theory]
    [InlineData("in 2030", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("next year", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("tomorrow", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("2030年", "zh-CN", RecognitionProblem.OutOfRange)]
    [InlineData("since 1800", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("less than 6 months", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("under a year", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("within the last year", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("不到一年", "zh-CN", RecognitionProblem.Ambiguous)]
    [InlineData("after 2020", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("last summer", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("3", "en-US", RecognitionProblem.MissingUnit)]
    [InlineData("三", "zh-CN", RecognitionProblem.MissingUnit)]
    [InlineData("a while", "en-US", RecognitionProblem.NoTime)]
    [InlineData("很久", "zh-CN", RecognitionProblem.NoTime)]
    [InlineData("", "en-US", RecognitionProblem.Empty)]
    public void Says_what_is_wrong(string text, string culture, string problem)
    {
        Assert.Equal(problem, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);
    }

    [Theory]
    [InlineData("I don't know", "en-US")]
    [InlineData("can't remember", "en-US")]
    [InlineData("不记得了", "zh-CN")]
    [InlineData("忘了", "zh-CN")]
    public void Reads_not_knowing_as_unsure(string text, string culture)
    {
        Assert.True(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).IsUnsure);
    }

    [Fact]
    public void Measures_against_the_given_today()
    {
        var result = ElapsedTimeRecognizer.Recognize("since 2019", "en-US", new DateOnly(2020, 12, 31));

        Assert.Equal(Recognition.Of(Duration.FromDays(366)), result);
    }
}
