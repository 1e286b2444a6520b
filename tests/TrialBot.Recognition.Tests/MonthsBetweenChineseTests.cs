namespace TrialBot.Recognition.Tests;

/// <summary>Two months as the ends of a span in Chinese (9月到10月底之间, 五六月份, 去年7、8月): from the later (the shortest) to the earlier's first day (the longest).</summary>
public sealed class MonthsBetweenChineseTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("真不知道，9月到10月底之间吧", 36, 96)]
    [InlineData("九月到十月底之间开始的", 36, 96)]
    [InlineData("应该是8月份到9月份之间", 67, 127)]
    [InlineData("今年五六月份吧", 159, 219)]
    [InlineData("去年七八月", 462, 523)]
    [InlineData("去年7、8月", 462, 523)]
    public void Two_months_said_together_span_from_the_later_to_the_first_day_of_the_earlier(string text, double shortest, double longest)
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan(text, "zh-CN", Today).Value!;

        Assert.Equal(shortest, span.Shortest.Days, 1);
        Assert.Equal(longest, span.Longest!.Value.Days, 1);
    }

    [Fact]
    public void Two_months_offered_as_alternatives_are_asked_about()
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan("9月还是10月底我记不清了", "zh-CN", Today);

        Assert.False(span.IsRecognized);
    }
}
