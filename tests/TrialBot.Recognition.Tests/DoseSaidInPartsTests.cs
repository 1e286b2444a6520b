using Xunit;

namespace TrialBot.Recognition.Tests;

/// <summary>A dose told in parts: the tablets counted in one sentence and their strength in another, or the day's dose
/// worked out at the end ("so 15 a day").</summary>
public sealed class DoseSaidInPartsTests
{
    private readonly DoseRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("3 of the little white pills every morning\nhold on let me find the box\nok its prednisone 5mg", 15, true)]
    [InlineData("she takes 3 every morning. the box says prednisone 5 mg", 15, true)]
    [InlineData("prednisone 5mg 2 a day", 10, true)]
    [InlineData("prednisone 10mg, 2 in the morning", 20, true)]
    [InlineData("5mg tablets, take at 8 in the morning", 5, false)]
    [InlineData("dex 0.75mg, one a day", 0.75, false)]
    public void Tablets_counted_apart_from_their_strength_make_the_dose_to_confirm_but_a_clock_time_or_one_tablet_does_not(string text, double mgPerDay, bool toConfirm)
    {
        var result = recognizer.Recognize(text, "en-US");

        Assert.True(result.IsRecognized, $"{text}: {result.Problem}");
        Assert.Equal(toConfirm, result.IsTentative);
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("3 of the little white pills every morning\nhold on let me find the box\nok its prednisone 5mg. so 15 a day", "en-US", 15)]
    [InlineData("prednisone 5mg. so 15 a day", "en-US", 15)]
    [InlineData("泼尼松一片5毫克，所以一天15", "zh-CN", 15)]
    public void The_days_dose_worked_out_at_the_end_is_read_to_confirm(string text, string culture, double mgPerDay)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized, $"{text}: {result.Problem}");
        Assert.True(result.IsTentative);
        Assert.Equal("prednisone", result.Value!.Medicine.Id);
        Assert.Equal(mgPerDay, result.Value.DailyDose.MgPerDay, 6);
    }

    [Fact]
    public void A_conclusion_agreeing_with_the_whole_answer_keeps_its_reading()
    {
        var result = recognizer.Recognize("10mg in the morning and 5mg at night, so 15 a day", "en-US");

        Assert.True(result.IsRecognized);
        Assert.False(result.IsTentative);
        Assert.Equal(15, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("pred 20mg, so thats 4 tablets")]
    [InlineData("prednisone 5mg tablets, 15 a day")]
    public void Tablets_that_cannot_be_the_dose_said_are_asked_about(string text) =>
        Assert.Equal(RecognitionProblem.Ambiguous, recognizer.Recognize(text, "en-US").Problem);

    [Theory]
    [InlineData("美卓乐一天仨，一片4毫克", "methylprednisolone", 12)]
    [InlineData("泼尼松每天三，一片5毫克", "prednisone", 15)]
    public void A_bare_chinese_count_after_the_time_of_day_counts_the_tablets_of_the_strength_said(string text, string id, double mgPerDay)
    {
        var result = recognizer.Recognize(text, "zh-CN");

        Assert.True(result.IsRecognized, $"{text}: {result.Problem}");
        Assert.Equal(id, result.Value!.Medicine.Id);
        Assert.Equal(mgPerDay, result.Value.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("15mg prednisone on Monday, Wednesday and Friday. None the other days", 45.0 / 7)]
    [InlineData("10mg pred MWF", 30.0 / 7)]
    [InlineData("prednisone 20mg tuesdays and saturdays", 40.0 / 7)]
    public void A_dose_taken_on_days_of_the_week_named_is_spread_over_the_week(string text, double mgPerDay)
    {
        var result = recognizer.Recognize(text, "en-US");

        Assert.True(result.IsRecognized, $"{text}: {result.Problem}");
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 3);
    }
}
