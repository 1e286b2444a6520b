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
    public void A_yes_for_a_course_shorter_than_the_questions_days_is_a_no_to_confirm(string text, string culture)
    {
        var reading = Read(text, culture);

        Assert.True(reading.IsRecognized && !reading.Value && reading.IsTentative, $"{text}: {reading}");
    }

    [Theory]
    [InlineData("yes pulses for 20 days", "en-US")]
    [InlineData("yes iv pulses", "en-US")]
    [InlineData("no pulses", "en-US")]
    [InlineData("冲击过", "zh-CN")]
    public void Otherwise_the_reading_stands(string text, string culture) =>
        Assert.Equal(YesNoRecognizer.Recognize(text, culture, Subject), Read(text, culture));

    private static Recognition<bool> Read(string text, string culture) =>
        CourseStatementReading.Apply(YesNoRecognizer.Recognize(text, culture, Subject), text, LeastDays);
}
