using System.Globalization;
using TrialBot.Screening.Quantities;
using Xunit;

namespace TrialBot.Recognition.Tests;

/// <summary>A time said beside a bound of it ("diagnosed in july, not even 6 months ago"): the time, to confirm, when the
/// bound holds it; two times when it does not; a bound alone is asked about.</summary>
public sealed class TimeBesideItsBoundTests
{
    [Theory]
    [InlineData("今年7月中旬确诊，当时ANA 1:3200、dsDNA强阳、C3 0.45、C4 0.05，还不到半年", "zh-CN", "2026-07-20")]
    [InlineData("今年7月中旬确诊，还不到半年", "zh-CN", "2026-07-20")]
    [InlineData("diagnosed in july, not even 6 months ago", "en-US", "2026-07-31")]
    [InlineData("less than 6 months, they told me in june", "en-US", "2026-06-30")]
    [InlineData("under 2 months, started oct 10", "en-US", "2026-10-10")]
    [InlineData("不到两个月，10月10号开始的", "zh-CN", "2026-10-10")]
    public void A_time_its_bound_holds_is_read_to_confirm(string text, string culture, string start)
    {
        var result = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.True(result.IsRecognized, $"{text}: {result.Problem}");
        Assert.True(result.IsTentative);
        Assert.Equal(Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date).Days, result.Value.Days);
    }

    [Theory]
    [InlineData("2019, less than a year ago", "en-US")]
    [InlineData("2020年确诊的，不到一年", "zh-CN")]
    public void A_time_beyond_its_bound_is_two_times(string text, string culture) =>
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);

    [Theory]
    [InlineData("less than a year", "en-US")]
    [InlineData("不到半年", "zh-CN")]
    [InlineData("not even a few months, since around summer", "en-US")]
    public void A_bound_alone_or_one_that_cannot_be_read_is_asked_about(string text, string culture) =>
        Assert.Equal(RecognitionProblem.Ambiguous, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);
}
