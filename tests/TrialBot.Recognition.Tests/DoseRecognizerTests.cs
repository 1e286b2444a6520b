using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

public class DoseRecognizerTests
{
    private readonly DoseRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("Medrol 8 mg a day", "en-US", "methylprednisolone", 8)]
    [InlineData("prednisone 10mg daily", "en-US", "prednisone", 10)]
    [InlineData("two 5 mg tablets", "en-US", "prednisone", 10)]
    [InlineData("2 x 5mg", "en-US", "prednisone", 10)]
    [InlineData("2x5mg", "en-US", "prednisone", 10)]
    [InlineData("5mg x 2", "en-US", "prednisone", 10)]
    [InlineData("5 mg twice a day", "en-US", "prednisone", 10)]
    [InlineData("5 mg bid", "en-US", "prednisone", 10)]
    [InlineData("5mg 2x daily", "en-US", "prednisone", 10)]
    [InlineData("20 mg every other day", "en-US", "prednisone", 10)]
    [InlineData("20 mg on alternate days", "en-US", "prednisone", 10)]
    [InlineData("7.5 milligrams", "en-US", "prednisone", 7.5)]
    [InlineData("half a 10 mg tablet", "en-US", "prednisone", 5)]
    [InlineData("one and a half 5 mg tablets", "en-US", "prednisone", 7.5)]
    [InlineData("2 tablets of 5 mg", "en-US", "prednisone", 10)]
    [InlineData("prednisone 10 mg/day", "en-US", "prednisone", 10)]
    [InlineData("10 mg/d", "en-US", "prednisone", 10)]
    [InlineData("10 mg in the morning and 5 mg at night", "en-US", "prednisone", 15)]
    [InlineData("Medrol 4 mg, 2 tablets twice a day", "en-US", "methylprednisolone", 16)]
    [InlineData("1 g methylprednisolone", "en-US", "methylprednisolone", 1000)]
    [InlineData("prednisone 10 mg daily and plaquenil 200 mg twice a day", "en-US", "prednisone", 10)]
    [InlineData("60mg pred for a month", "en-US", "prednisone", 60)]
    [InlineData("I was on 120mg pred for a month in october", "en-US", "prednisone", 120)]
    [InlineData("20mg a day for a month", "en-US", "prednisone", 20)]
    [InlineData("泼尼松60毫克吃了一个月", "zh-CN", "prednisone", 60)]
    [InlineData("5 mg x2 in the am", "en-US", "prednisone", 10)]
    [InlineData("泼尼松一片5mg，一天20mg", "zh-CN", "prednisone", 20)]
    [InlineData("5mg tabs, 20mg a day total", "en-US", "prednisone", 20)]
    [InlineData("5mg tablets, 2 in the morning", "en-US", "prednisone", 10)]
    [InlineData("5mg tablets, take at 8 in the morning", "en-US", "prednisone", 5)]
    [InlineData("plaquenil 200 mg twice a day and prednisone 5 mg", "en-US", "prednisone", 5)]
    [InlineData("10 mg prednisone and 200 mg plaquenil twice a day", "en-US", "prednisone", 10)]
    [InlineData("每天10毫克泼尼松和200毫克羟氯喹", "zh-CN", "prednisone", 10)]
    [InlineData("每天10毫克泼尼松", "zh-CN", "prednisone", 10)]
    [InlineData("每天两片5毫克", "zh-CN", "prednisone", 10)]
    [InlineData("甲泼尼龙每天8毫克", "zh-CN", "methylprednisolone", 8)]
    [InlineData("隔天20毫克", "zh-CN", "prednisone", 10)]
    [InlineData("泼尼松一天两次，每次5毫克", "zh-CN", "prednisone", 10)]
    [InlineData("每天7.5mg", "zh-CN", "prednisone", 7.5)]
    [InlineData("一片半5毫克", "zh-CN", "prednisone", 7.5)]
    [InlineData("早上10毫克，晚上5毫克", "zh-CN", "prednisone", 15)]
    [InlineData("美卓乐 早晚各4毫克", "zh-CN", "methylprednisolone", 8)]
    [InlineData("每天十毫克", "zh-CN", "prednisone", 10)]
    [InlineData("10 mg prednisone", "zh-CN", "prednisone", 10)]
    public void Reads_the_medicine_and_daily_dose(string text, string culture, string? id, double mgPerDay)
    {
        var result = recognizer.Recognize(text, culture);

        if (id is null)
        {
            Assert.Equal(RecognitionProblem.MissingUnit, result.Problem);
            return;
        }

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(id, result.Value!.Medicine.Id);
        Assert.Equal(mgPerDay, result.Value.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("Medrol 8 mg/day", 10)]
    [InlineData("prednisone 10 mg", 10)]
    [InlineData("prednisolone 10 mg", 10)]
    [InlineData("methylprednisolone 16 mg", 20)]
    [InlineData("triamcinolone 8 mg", 10)]
    [InlineData("dexamethasone 1.5 mg", 10)]
    [InlineData("betamethasone 1.2 mg", 10)]
    [InlineData("hydrocortisone 40 mg", 10)]
    [InlineData("cortisone 50 mg", 10)]
    [InlineData("deflazacort 12 mg", 10)]
    [InlineData("地塞米松每天0.75毫克", 5)]
    [InlineData("氢化可的松 20 mg 每天两次", 10)]
    public void Gives_the_prednisone_equivalent(string text, double prednisoneMgPerDay)
    {
        var result = recognizer.Recognize(text, "en-US");

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(prednisoneMgPerDay, result.Value!.PrednisoneEquivalent!.Value.MgPerDay, 6);
    }

    [Fact]
    public void Deflazacort_is_flagged_contested()
    {
        var dose = recognizer.Recognize("deflazacort 6 mg daily", "en-US").Value!;

        Assert.True(dose.EquivalenceContested);
        Assert.False(recognizer.Recognize("prednisone 6 mg daily", "en-US").Value!.EquivalenceContested);
    }

    [Fact]
    public void A_medicine_that_is_not_a_steroid_has_no_prednisone_equivalent()
    {
        var dose = recognizer.Recognize("Plaquenil 200 mg twice a day", "en-US").Value!;

        Assert.Equal("hydroxychloroquine", dose.Medicine.Id);
        Assert.Equal(400, dose.DailyDose.MgPerDay);
        Assert.Null(dose.PrednisoneEquivalent);
        Assert.False(dose.EquivalenceContested);
    }

    [Fact]
    public void Weekly_doses_are_spread_over_the_week()
    {
        var dose = recognizer.Recognize("methotrexate 15 mg once a week", "en-US").Value!;

        Assert.Equal(15.0 / 7, dose.DailyDose.MgPerDay, 6);
    }

    [Fact]
    public void Without_a_named_medicine_the_callers_default_is_used()
    {
        var medrol = Catalog.Get("methylprednisolone");

        var dose = recognizer.Recognize("8 mg a day", "en-US", medrol).Value!;

        Assert.Same(medrol, dose.Medicine);
        Assert.False(dose.MedicineNamed);
        Assert.Equal(10, dose.PrednisoneEquivalent!.Value.MgPerDay, 6);
    }

    [Fact]
    public void Without_a_named_medicine_or_default_prednisone_is_used()
    {
        var dose = recognizer.Recognize("8 mg a day", "en-US").Value!;

        Assert.Equal("prednisone", dose.Medicine.Id);
        Assert.False(dose.MedicineNamed);
    }

    [Fact]
    public void A_named_medicine_wins_over_the_default()
    {
        var dose = recognizer.Recognize("dexamethasone 0.75 mg", "en-US", Catalog.Get("methylprednisolone")).Value!;

        Assert.Equal("dexamethasone", dose.Medicine.Id);
        Assert.True(dose.MedicineNamed);
    }

    [Theory]
    [InlineData("every day", RecognitionProblem.NoNumber)]
    [InlineData("prednisone", RecognitionProblem.NoNumber)]
    [InlineData("2 tablets", RecognitionProblem.MissingUnit)]
    [InlineData("two pills twice a day", RecognitionProblem.MissingUnit)]
    [InlineData("每天两片", RecognitionProblem.MissingUnit)]
    [InlineData("10 mg or 15 mg", RecognitionProblem.Ambiguous)]
    [InlineData("5-10 mg", RecognitionProblem.Ambiguous)]
    [InlineData("5 to 10 mg in the morning", RecognitionProblem.Ambiguous)]
    [InlineData("two or three 5 mg tablets", RecognitionProblem.Ambiguous)]
    [InlineData("5 mg 2 or 3 times a day", RecognitionProblem.Ambiguous)]
    [InlineData("每天1到2片5毫克", RecognitionProblem.Ambiguous)]
    [InlineData("5 mg daily, 10 mg every other day", RecognitionProblem.Ambiguous)]
    [InlineData("ibuprofen 400 mg and Plaquenil 200 mg", RecognitionProblem.Ambiguous)]
    [InlineData("prednisone 10 mg and dexamethasone 1 mg", RecognitionProblem.Ambiguous)]
    [InlineData("-5 mg", RecognitionProblem.OutOfRange)]
    [InlineData("50000 mg a day", RecognitionProblem.OutOfRange)]
    [InlineData("1e400 mg", RecognitionProblem.OutOfRange)]
    [InlineData("123456789012345678901234567890 mg", RecognitionProblem.OutOfRange)]
    public void Says_what_is_wrong(string text, string problem)
    {
        Assert.Equal(problem, recognizer.Recognize(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("I don't remember the dose")]
    [InlineData("不清楚")]
    public void Reads_not_knowing_as_unsure(string text)
    {
        Assert.True(recognizer.Recognize(text, "en-US").IsUnsure);
    }

    [Fact]
    public void Needs_prednisone_in_the_catalog()
    {
        Assert.Throws<ArgumentException>(() => new DoseRecognizer(Catalog.All.Where(m => m.Id != "prednisone")));
    }

    [Theory]
    [InlineData("pred 7.5", "en-US", 7.5)]
    [InlineData("10", "en-US", 10)]
    [InlineData("泼尼松7.5", "zh-CN", 7.5)]
    [InlineData("10 in the morning 5 at night", "en-US", 15)]
    [InlineData("早上10晚上5", "zh-CN", 15)]
    [InlineData("2.5 in the morning 2.5 at night", "en-US", 5)]
    [InlineData("medrol 8 in the morning and 4 at night", "en-US", 12)]
    [InlineData("强的松一天25 早上20晚上5", "zh-CN", 25)]
    [InlineData("25 a day, 20 in the morning and 5 at night", "en-US", 25)]
    [InlineData("Pred 7.5 a day. A 5 and a 2.5", "en-US", 7.5)]
    [InlineData("早上一粒（5毫克），夜里再吃半粒，加起来7.5", "zh-CN", 7.5)]
    [InlineData("prednisone 15 a day, 10+5", "en-US", 15)]
    public void A_lone_figure_or_one_for_each_time_of_day_is_mg_to_confirm(string text, string culture, double mgPerDay)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsTentative, result.ToString());
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("two and a half of the 5mg ones", 12.5)]
    [InlineData("three and a half of the 5s", 17.5)]
    [InlineData("two of my 10s", 20)]
    [InlineData("half of one of the 50mg pred tablets", 25)]
    public void Tablets_counted_of_a_strength_multiply_it(string text, double mgPerDay) =>
        Assert.Equal(mgPerDay, recognizer.Recognize(text, "en-US").Value!.DailyDose.MgPerDay, 6);

    [Theory]
    [InlineData("25mg, 5 of the 5s", 25)]
    [InlineData("Medrol 8 mg every morning (two of the 4s)", 8)]
    [InlineData("prednisone 7.5 mg qd (a 5 and a 2.5)", 7.5)]
    [InlineData("10mg, two 5mg tablets", 10)]
    public void A_total_beside_the_tablets_that_make_it_is_the_total(string text, double mgPerDay) =>
        Assert.Equal(mgPerDay, recognizer.Recognize(text, "en-US").Value!.DailyDose.MgPerDay, 6);

    [Fact]
    public void Amounts_joined_by_and_add_up_rather_than_agree() =>
        Assert.NotEqual(10, recognizer.Recognize("10mg and 2 x 5mg", "en-US").Value?.DailyDose.MgPerDay);

    [Fact]
    public void Small_whole_figures_by_the_time_of_day_are_tablets_whose_strength_is_asked() =>
        Assert.Equal(RecognitionProblem.MissingUnit, recognizer.Recognize("2 in the morning 1 at night", "en-US").Problem);

    [Theory]
    [InlineData("Depo-Medrol 40 mg monthly", 40 / Duration.DaysPerMonth)]
    [InlineData("methylpred 500mg IV once a month", 500 / Duration.DaysPerMonth)]
    [InlineData("kenalog 40 mg shot every 3 months", 40 / (3 * Duration.DaysPerMonth))]
    [InlineData("甲强龙500毫克每月一次", 500 / Duration.DaysPerMonth)]
    [InlineData("20 mg every 2 weeks", 20 / 14.0)]
    public void A_monthly_or_weekly_dose_is_spread_over_its_interval(string text, double mgPerDay)
    {
        Assert.Equal(mgPerDay, recognizer.Recognize(text, "en-US").Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("一天三片，一片5毫克", 15)]
    [InlineData("两片，每片5毫克", 10)]
    [InlineData("一天三篇 一篇5毫克", 15)]
    [InlineData("two tablets, 5 mg each", 10)]
    public void A_tablet_strength_beside_the_count_is_not_a_second_count(string text, double mgPerDay)
    {
        Assert.Equal(mgPerDay, recognizer.Recognize(text, "zh-CN").Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("泼尼松每天10毫克，但是中药丸里有没有激素、有多少，我不知道", "zh-CN")]
    [InlineData("pred 10, plus the herbal pills my aunt sends, which might have steroids in them", "en-US")]
    public void A_remedy_that_may_hold_a_steroid_of_unknown_amount_leaves_the_day_s_dose_not_known(string text, string culture) =>
        Assert.True(recognizer.Recognize(text, culture).IsUnsure);

    [Theory]
    [InlineData("泼尼松每天10毫克，还吃中药调理", "zh-CN")]
    [InlineData("pred 10 and some herbal tea", "en-US")]
    public void A_remedy_said_with_no_doubt_of_a_steroid_in_it_leaves_the_dose_said(string text, string culture) =>
        Assert.Equal(10, recognizer.Recognize(text, culture).Value!.DailyDose.MgPerDay, 6);

    [Fact]
    public void Pred_is_prednisone_beside_another_medicine()
    {
        var result = recognizer.Recognize("I'm on 7.5mg pred and 400mg plaquenil", "en-US");

        Assert.Equal("prednisone", result.Value!.Medicine.Id);
        Assert.Equal(7.5, result.Value.DailyDose.MgPerDay, 6);
    }
}
