using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

/// <summary>A figure corrected in the same message is read as corrected, by every reader of figures.</summary>
public sealed class SelfCorrectionTests
{
    private readonly DoseRecognizer doses = new(Catalog.All);

    [Theory]
    [InlineData("20mg, no wait 15", "en-US", 15)]
    [InlineData("pred 20 mg sorry 15", "en-US", 15)]
    [InlineData("15毫克，哦不对是12.5", "zh-CN", 12.5)]
    [InlineData("强的松20mg，不对，应该是15mg", "zh-CN", 15)]
    public void A_corrected_dose_is_the_correction(string text, string culture, double mgPerDay) =>
        Assert.Equal(mgPerDay, doses.Recognize(text, culture).Value!.DailyDose.MgPerDay, 6);

    [Theory]
    [InlineData("强的松龙 早上3片下午3片……不对 早上是4片 下午3片")]
    [InlineData("4 tabs of 5mg, wait no, 3 tabs of 5mg in the morning and 1 at night")]
    public void A_dose_said_again_after_taking_the_first_back_never_reads_the_first(string text)
    {
        var reading = doses.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US");

        Assert.True(!reading.IsRecognized || (reading.IsTentative && reading.Value!.DailyDose.MgPerDay is 35 or 20), reading.ToString());
    }

    [Theory]
    [InlineData("2 tabs, actually 5mg each", 10)]
    [InlineData("pred 20mg sorry for the typo earlier", 20)]
    [InlineData("强的松20毫克，不是15", 20)]
    public void A_refinement_an_apology_or_a_figure_said_not_to_be_corrects_nothing(string text, double mgPerDay) =>
        Assert.Equal(mgPerDay, doses.Recognize(text, "en-US").Value!.DailyDose.MgPerDay, 6);

    [Theory]
    [InlineData("im 45 sorry 46", 46)]
    [InlineData("45 sorry I mean 46", 46)]
    [InlineData("thirty eight. wait no, thirty nine, I keep forgetting", 39)]
    [InlineData("三十八，不对，三十九", 39)]
    public void A_corrected_age_is_the_correction(string text, int age) =>
        Assert.Equal(Recognition.Of(age), AgeRecognizer.Recognize(text, "en-US", Today.Date));

    [Fact]
    public void A_corrected_time_keeps_the_unit_of_the_figure_it_corrects() =>
        Assert.Equal(6, ElapsedTimeRecognizer.Recognize("5 years ago sorry 6", "en-US", Today.Date).Value.Years, 1);

    [Fact]
    public void A_figure_followed_by_more_than_its_unit_is_not_corrected_by_a_later_one() =>
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize("diagnosed 2019, had to wait 3 months for it", "en-US", Today.Date).Problem);
}
