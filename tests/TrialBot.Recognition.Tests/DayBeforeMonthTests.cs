namespace TrialBot.Recognition.Tests;

/// <summary>A day said before its month keeps its day.</summary>
public class DayBeforeMonthTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("since the first of October", 54)]
    [InlineData("since 1st october", 54)]
    [InlineData("since the 1st of October", 54)]
    [InlineData("since the twenty-first of september", 64)]
    [InlineData("since October 1st", 54)]
    public void The_day_counts(string text, double days)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(days, reading.Value.Days, 0);
    }
}
