using TrialBot.Recognition.Statements;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

/// <summary>A yes/no answer about a very high dose that states a dose instead.</summary>
public class StatedDoseReadingTests
{
    private static readonly YesNoSubject Subject = new(["pulse", "high dose", "1 gram", "iv steroids"], ["low dose"], ["3 days"]);
    private static readonly DoseRecognizer Doses = new(Catalog.All);
    private static readonly DailyDose Limit = DailyDose.FromMgPerDay(100);

    [Theory]
    [InlineData("60mg pred for a month", false)]
    [InlineData("max was 30mg", true)]
    [InlineData("泼尼松60毫克吃了一个月", false)]
    [InlineData("medrol 64mg for 2 weeks", false)]
    [InlineData("8月吃过60毫克两周，没到100", false)]
    [InlineData("dexamethasone 4mg for a week in october, no idea how that compares to pred", true)]
    public void A_dose_under_the_limit_answers_no(string text, bool tentative)
    {
        var reading = Read(text);

        Assert.True(reading.IsRecognized, text);
        Assert.False(reading.Value);
        Assert.Equal(tentative, reading.IsTentative);
    }

    [Theory]
    [InlineData("i was on 40 for a bit in september")]
    [InlineData("she was on 60 for a couple of weeks in august for a flare but never 100")]
    [InlineData("yes, 60 mg")]
    public void A_bare_figure_or_one_beside_a_yes_is_read_back(string text)
    {
        var reading = Read(text);

        Assert.True(reading.IsRecognized && !reading.Value && reading.IsTentative, $"{text}: {reading}");
    }

    [Theory]
    [InlineData("yes 1 gram pulses, 3 days")]
    [InlineData("not sure, maybe 40?")]
    [InlineData("yes")]
    public void Otherwise_the_yes_no_reading_stands(string text)
    {
        var plain = YesNoRecognizer.Recognize(text, "en-US", Subject);

        Assert.Equal(plain, Read(text));
    }

    [Theory]
    [InlineData("120mg for 3 weeks in october")]
    [InlineData("In October they had me on 4 of the 25mg Panafcortelone a day for 3 weeks for the pleurisy, then came down")]
    [InlineData("They had me on Decadron 16mg a day in the hospital and for a bit after, October 18th to November 3rd. Not sure how that compares to prednisone")]
    [InlineData("地塞米松一天15毫克，打了16天，不知道相当于多少泼尼松")]
    [InlineData("天天输地米，一天20毫克，输了三个礼拜")]
    public void A_dose_at_or_over_the_limit_said_instead_of_yes_is_a_yes_to_confirm(string text)
    {
        var reading = Read(text);

        Assert.True(reading.IsRecognized && reading.Value && reading.IsTentative, $"{text}: {reading}");
    }

    [Fact]
    public void A_yes_beside_ampoules_of_a_strength_stays_a_yes()
    {
        // 一天四支，一支5毫克 is 20 mg of dexamethasone (地米) a day, over the limit: not read as the 5 mg of one ampoule.
        var reading = Read("有，10月22号住院，天天输地米，一天四支，一支5毫克，输了三个礼拜");

        Assert.Equal(Recognition.Of(true), reading);
    }

    [Fact]
    public void A_figure_under_the_limit_of_a_medicine_not_named_is_read_back()
    {
        var reading = Read("she was on 30mg for 2 weeks in october");

        Assert.True(reading.IsRecognized && !reading.Value && reading.IsTentative, reading.ToString());
    }

    private static Recognition<bool> Read(string text) =>
        StatedDoseReading.Apply(YesNoRecognizer.Recognize(text, "en-US", Subject), text, "en-US", Subject, Doses, null, Limit);
}
