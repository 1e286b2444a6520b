using TrialBot.Recognition.Statements;

namespace TrialBot.Recognition.Tests;

/// <summary>A yes to a question about a course of at least some days, with a shorter course stated.</summary>
public sealed class CourseStatementReadingTests
{
    private static readonly YesNoSubject Subject = new(["pulse", "pulses", "iv", "冲击", "吊瓶"], [], []);
    private const int LeastDays = 14;

    [Theory]
    [InlineData("3 day iv pulse last month", "en-US")]
    [InlineData("yes pulses for 3 days", "en-US")]
    [InlineData("上个月住院打了5天地塞米松吊瓶", "zh-CN")]
    [InlineData("冲击了3天", "zh-CN")]
    [InlineData("住院前五天打的冲击，就五天", "zh-CN")]
    [InlineData("iv pulse in hospital, only 5 days", "en-US")]
    public void A_yes_for_a_course_shorter_than_the_questions_days_is_a_no_to_confirm(string text, string culture)
    {
        var reading = Read(text, culture);

        Assert.True(reading.IsRecognized && !reading.Value && reading.IsTentative, $"{text}: {reading}");
    }

    [Fact]
    public void A_length_denied_beside_the_short_course_is_no_second_course()
    {
        var reading = Read("yes, iv pulses for 4 days in October, nothing for 2 weeks", "en-US");

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("yes pulses for 20 days", "en-US")]
    [InlineData("yes iv pulses", "en-US")]
    [InlineData("no pulses", "en-US")]
    [InlineData("冲击过", "zh-CN")]
    public void Otherwise_the_reading_stands(string text, string culture) =>
        Assert.Equal(YesNoRecognizer.Recognize(text, culture, Subject), Read(text, culture));

    [Theory]
    [InlineData("In October: 3 days of IV 500 mg, then 60 mg prednisone twice a day for 2 weeks, so 120 a day", "en-US")]
    [InlineData("pulse for 3 days in october then 60 twice a day for 2 weeks", "en-US")]
    [InlineData("上个月冲击了三天，然后泼尼松一天120毫克吃了两周", "zh-CN")]
    public void A_short_course_beside_a_longer_length_decides_nothing(string text, string culture)
    {
        var reading = Read(text, culture);

        Assert.False(reading.IsRecognized && !reading.Value, $"{text}: {reading}");
    }

    private static Recognition<bool> Read(string text, string culture) =>
        CourseStatementReading.Apply(YesNoRecognizer.Recognize(text, culture, Subject), text, LeastDays);
}
