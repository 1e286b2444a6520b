namespace TrialBot.Recognition.Tests;

/// <summary>A time said beside "I can't remember when": another event's date, or a guess at the answer.</summary>
public class ForgottenWhenTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("断断续续吃了好多年，今年夏天停过一阵，这次什么时候又开始吃的我真记不清了", "zh-CN")]
    [InlineData("stopped for a bit in the summer, honestly cant remember when i started again", "en-US")]
    [InlineData("今年夏天停过，什么时候重新开始的记不清了", "zh-CN")]
    [InlineData("夏天停过一阵，哪天又开始吃的不记得了", "zh-CN")]
    public void A_time_before_the_admission_dates_another_event(string text, string culture)
    {
        Assert.True(ElapsedTimeRecognizer.Recognize(text, culture, Today).IsUnsure);
    }

    [Theory]
    [InlineData("not sure when this round started, maybe september", "en-US", 2, 4)]
    [InlineData("不记得什么时候开始的，应该有半年了吧", "zh-CN", 5, 7)]
    public void A_time_after_the_admission_is_a_guess_to_confirm(string text, string culture, double leastMonths, double mostMonths)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, culture, Today);

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.InRange(reading.Value.Days / 30.44, leastMonths, mostMonths);
    }
}

/// <summary>Two times offered as alternatives are asked about, not read as one of them.</summary>
public class EitherOrTimeTests
{
    [Theory]
    [InlineData("not sure honstly.. it was in Manila, either right before i moved here in july or the year before", "en-US")]
    [InlineData("要么是去年要么是前年，记不清了", "zh-CN")]
    [InlineData("不是2019就是2020年", "zh-CN")]
    [InlineData("前阵子刚减了半片，哪天减的记不清了，可能一两周，也可能三四周了", "zh-CN")]
    [InlineData("maybe 2 weeks maybe 3", "en-US")]
    [InlineData("I really don't know the month. Could have been April, could have been August", "en-US")]
    public void Either_or_is_asked_for_one_time(string text, string culture)
    {
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, new DateOnly(2026, 12, 6)).Problem);
    }
}

/// <summary>A relative typing for the patient: "since she was 14".</summary>
public class SinceTheirAgeTests
{
    [Theory]
    [InlineData("since she was 14, she has never fully come off it", 14)]
    [InlineData("since he was 30", 30)]
    [InlineData("dx at 27, been on pred ever since", 27)]
    [InlineData("40岁开始吃的激素", 40)]
    public void Since_their_age_is_an_event_at_that_age(string text, int years)
    {
        Assert.Equal(years, SinceEventReader.Read(text)?.AtAge);
    }
}
