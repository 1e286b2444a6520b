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

/// <summary>A range of lengths of time: the shorter end read, the longer end kept beside it.</summary>
public class ElapsedRangeEndTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData("七八周", "zh-CN", 7, 8)]
    [InlineData("7-8 weeks", "en-US", 7, 8)]
    [InlineData("this round 7 or 8 weeks i think", "en-US", 7, 8)]
    [InlineData("三四个月", "zh-CN", 13, 17.4)]
    [InlineData("somewhere between 10 days and 3 weeks", "en-US", 1.4, 3)]
    [InlineData("2 weeks to a month", "en-US", 2, 4.3)]
    [InlineData("十天到三周吧", "zh-CN", 1.4, 3)]
    public void Both_ends_are_read(string text, string culture, double shorterWeeks, double longerWeeks)
    {
        Assert.Equal(shorterWeeks, ElapsedTimeRecognizer.Recognize(text, culture, Today).Value.Weeks, 1);
        Assert.Equal(longerWeeks, ElapsedTimeRecognizer.RecognizeSpan(text, culture, Today).Value!.Longest!.Value.Weeks, 1);
    }

    [Theory]
    [InlineData("8 weeks")]
    [InlineData("since 2019")]
    [InlineData("5 years and 3 months")]
    public void One_figure_has_no_longer_end(string text)
    {
        Assert.Null(ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!.Longest);
    }
}

/// <summary>"Not a single day" off is no length of time.</summary>
public class NotASingleDayTests
{
    [Theory]
    [InlineData("九周左右，一天没停", "zh-CN", 63)]
    [InlineData("about 9 weeks, never missed a day", "en-US", 63)]
    public void It_is_not_read_as_one_day(string text, string culture, double days)
    {
        Assert.Equal(days, ElapsedTimeRecognizer.Recognize(text, culture, new DateOnly(2026, 11, 24)).Value.Days, 0);
    }
}
