using TrialBot.Screening.Answers;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

/// <summary>The route and schedule of a steroid dose: tablets, injections and drips, pulses of some days, and frequencies.</summary>
public class DoseRouteTests
{
    private readonly DoseRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("Depo-Medrol 40 mg monthly", "en-US")]
    [InlineData("depo medrol 40mg shot once a month", "en-US")]
    [InlineData("kenalog 40 injection every 3 months", "en-US")]
    [InlineData("solumedrol 40mg iv daily in hospital", "en-US")]
    [InlineData("甲强龙针每天40mg", "zh-CN")]
    [InlineData("地塞米松针5mg每天静脉", "zh-CN")]
    [InlineData("每个月打一针得宝松", "zh-CN")]
    [InlineData("甲泼尼龙40毫克静滴每天", "zh-CN")]
    public void An_injection_or_drip_is_read_as_injected_and_is_not_an_oral_daily_dose(string text, string culture)
    {
        var reading = recognizer.Recognize(text, culture);

        if (reading.TryGetValue(out var dose))
        {
            Assert.Equal(DoseRoute.Injected, dose.Schedule!.Route);
            Assert.False(dose.Schedule.IsOralDailyRegimen);
        }
        else
        {
            // Without an amount (得宝松 alone) the bot asks for one: never a daily tablet dose.
            Assert.False(reading.IsUnsure);
        }
    }

    [Theory]
    [InlineData("Prednisolone 25mg a day now. She had the IV steroid drip in hospital in October (3 days), then 30 a day, then down to 25", "en-US", 25)]
    [InlineData("现在泼尼松龙一天25毫克。住院的时候打过3天的针", "zh-CN", 25)]
    [InlineData("40mg prednisone. was 60 right after the IV, then 50, been on 40 since the 13th", "en-US", 40)]
    [InlineData("Prednisolone 5mg. The drip is the Benlysta, that's not a steroid", "en-US", 5)]
    [InlineData("7.5 mg prednisone (the benlysta shot is weekly but that's not a steroid right?)", "en-US", 7.5)]
    [InlineData("泼尼松每天10毫克，贝利尤单抗每月输一次", "zh-CN", 10)]
    [InlineData("Prednisolone 20mg. (I had 3 IV pulses in hospital in Nov but I'm back on tablets)", "en-US", 20)]
    public void An_injection_told_as_past_or_of_another_medicine_beside_the_dose_now_is_not_the_route_of_that_dose(string text, string culture, double mg)
    {
        Assert.True(recognizer.Recognize(text, culture).TryGetValue(out var dose));

        Assert.NotEqual(DoseRoute.Injected, dose.Schedule?.Route ?? DoseRoute.Unstated);
        Assert.False(dose.Schedule?.Pulse ?? false);
        Assert.Equal(mg, dose.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("solumedrol 40 iv daily now. had tablets before", "en-US")]
    [InlineData("Now it's the IV, 40 a day. I had tablets in October", "en-US")]
    [InlineData("kenalog 40mg (a shot in my hip)", "en-US")]
    public void An_injection_of_the_dose_now_stays_an_injection(string text, string culture)
    {
        var reading = recognizer.Recognize(text, culture);

        Assert.False(reading.TryGetValue(out var dose) && dose.Schedule?.Route != DoseRoute.Injected, reading.ToString());
    }

    [Fact]
    public void A_monthly_depot_never_becomes_its_figure_a_day()
    {
        Assert.True(recognizer.Recognize("Depo-Medrol 40 mg monthly", "en-US").TryGetValue(out var dose));

        Assert.Equal(40 / Duration.DaysPerMonth, dose.DailyDose.MgPerDay, 6);
        Assert.Equal(40, dose.Schedule!.IntakeMg);
        Assert.Equal(Duration.DaysPerMonth, dose.Schedule.IntervalDays, 6);
    }

    [Theory]
    [InlineData("methylpred 500mg IV for 3 days", "en-US", 500, 3)]
    [InlineData("solu-medrol 1g x3 days", "en-US", 1000, 3)]
    [InlineData("pulse steroids 500 mg", "en-US", 500, null)]
    [InlineData("3 day pulse of methylprednisolone 1000 mg", "en-US", 1000, 3)]
    [InlineData("甲强龙500mg冲击3天", "zh-CN", 500, 3)]
    [InlineData("静脉甲强龙500毫克连续三天", "zh-CN", 500, 3)]
    [InlineData("激素冲击 甲强龙每天1000mg", "zh-CN", 1000, null)]
    public void A_pulse_is_read_with_its_days_when_said(string text, string culture, double mgPerDay, int? days)
    {
        Assert.True(recognizer.Recognize(text, culture).TryGetValue(out var dose), text);

        Assert.True(dose.Schedule!.Pulse);
        Assert.Equal(days, dose.Schedule.CourseDays);
        Assert.Equal(mgPerDay, dose.DailyDose.MgPerDay, 6);
        Assert.False(dose.Schedule.IsOralDailyRegimen);
    }

    [Theory]
    [InlineData("prednisone 10 mg tablets daily", "en-US", DoseRoute.Oral, 10)]
    [InlineData("pred 20mg every other day by mouth", "en-US", DoseRoute.Oral, 10)]
    [InlineData("5 mg twice a day", "en-US", DoseRoute.Unstated, 10)]
    [InlineData("medrol 8mg a day", "en-US", DoseRoute.Unstated, 8)]
    [InlineData("been on pred 10mg for 20 days", "en-US", DoseRoute.Unstated, 10)]
    [InlineData("每天吃两片泼尼松，每片5毫克", "zh-CN", DoseRoute.Oral, 10)]
    [InlineData("美卓乐每天8mg", "zh-CN", DoseRoute.Unstated, 8)]
    public void Tablets_or_an_unsaid_route_taken_every_day_are_the_oral_daily_dose(string text, string culture, DoseRoute route, double mgPerDay)
    {
        Assert.True(recognizer.Recognize(text, culture).TryGetValue(out var dose), text);

        Assert.Equal(route, dose.Schedule!.Route);
        Assert.False(dose.Schedule.Pulse);
        Assert.True(dose.Schedule.IsOralDailyRegimen);
        Assert.Equal(mgPerDay, dose.DailyDose.MgPerDay, 6);
    }

    [Fact]
    public void Tablets_and_an_injection_in_one_answer_are_not_one_route()
    {
        Assert.False(recognizer.Recognize("medrol tablets 8mg and solumedrol 40 mg iv", "en-US").TryGetValue(out _));
    }
}
