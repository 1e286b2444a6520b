namespace TrialBot.Recognition.Tests;

/// <summary>Years of on-and-off steroid use are not the current course: the bot asks one follow-up about it.</summary>
public class OnAndOffTests
{
    [Theory]
    [InlineData("on and off for years", "en-US")]
    [InlineData("off and on since 2015", "en-US")]
    [InlineData("on/off pred for like 10 yrs", "en-US")]
    [InlineData("断断续续吃了好多年了", "zh-CN")]
    [InlineData("时断时续 大概5年", "zh-CN")]
    public void On_and_off_use_asks_about_the_current_course(string text, string culture)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.False(reading.TryGetValue(out _));
        Assert.Equal(RecognitionProblem.OnAndOff, reading.Problem);
    }

    [Theory]
    [InlineData("on and off for years, this time since March", "en-US", 238)]
    [InlineData("反反复复用了十年 这次是从9月开始的", "zh-CN", 55)]
    public void The_current_course_named_beside_it_is_read(string text, string culture, double days)
    {
        Assert.True(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).TryGetValue(out var elapsed), text);

        Assert.Equal(days, elapsed.Days, 0);
    }
}
