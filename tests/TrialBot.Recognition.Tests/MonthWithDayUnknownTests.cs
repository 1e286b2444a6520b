namespace TrialBot.Recognition.Tests;

/// <summary>A month said with its week or day unknown is any day of it: from its last day (the shortest) to its first (the longest).</summary>
public sealed class MonthWithDayUnknownTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("Some time in October, I don't know which week")]
    [InlineData("started in october but not sure what day")]
    [InlineData("october, cant remember which date")]
    public void A_month_with_its_day_unknown_spans_the_whole_month(string text)
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!;

        Assert.Equal(36, span.Shortest.Days, 1);
        Assert.Equal(66, span.Longest!.Value.Days, 1);
    }

    [Fact]
    public void A_month_alone_is_read_from_its_last_day_as_before()
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan("since October", "en-US", Today).Value!;

        Assert.Equal(36, span.Shortest.Days, 1);
        Assert.Null(span.Longest);
    }
}
