using TrialBot.Recognition.Statements;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

/// <summary>A yes to a question about the last weeks, dated before them.</summary>
public class DatedStatementReadingTests
{
    private static readonly YesNoSubject Subject = new(["pulse", "pulses", "冲击"], [], []);
    private static readonly Duration Window = Duration.FromWeeks(8);

    [Theory]
    [InlineData("I had IV pulses back in January but nothing since", "en-US")]
    [InlineData("pulses in 2023", "en-US")]
    [InlineData("冲击是去年的事了", "zh-CN")]
    [InlineData("No. Last pulse was in 2022", "en-US")]
    [InlineData("没有，上次冲击是2021年", "zh-CN")]
    public void A_yes_dated_before_the_window_is_a_no_to_confirm(string text, string culture)
    {
        var reading = Read(text, culture);

        Assert.True(reading.IsRecognized && !reading.Value && reading.IsTentative, $"{text}: {reading}");
    }

    [Theory]
    [InlineData("yes, pulses 2 weeks ago", "en-US")]
    [InlineData("pulses in 2019 and again last week", "en-US")]
    [InlineData("上个月冲击过三天", "zh-CN")]
    [InlineData("yes", "en-US")]
    [InlineData("no pulses since 2019", "en-US")]
    public void Otherwise_the_reading_stands(string text, string culture)
    {
        Assert.Equal(YesNoRecognizer.Recognize(text, culture, Subject), Read(text, culture));
    }

    [Theory]
    [InlineData("not anymore, im down to 20 now", "en-US")]
    [InlineData("no longer", "en-US")]
    [InlineData("现在不用了", "zh-CN")]
    public void A_no_that_says_it_was_so_before_without_a_time_is_asked(string text, string culture)
    {
        var reading = Read(text, culture);

        Assert.False(reading.IsRecognized, $"{text}: {reading}");
    }

    [Fact]
    public void A_no_that_says_it_was_so_before_the_window_stands() =>
        Assert.True(Read("not anymore, that was in 2023", "en-US") is { IsRecognized: true, Value: false });

    private static Recognition<bool> Read(string text, string culture) =>
        DatedStatementReading.Apply(YesNoRecognizer.Recognize(text, culture, Subject), text, culture, Today.Date, Window);
}
