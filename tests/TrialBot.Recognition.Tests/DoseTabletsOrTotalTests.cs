namespace TrialBot.Recognition.Tests;

/// <summary>An amount said beside a count of tablets: one tablet's strength, or the day's total.</summary>
/// <remarks>The strengths are those sold where people write each language: prednisone 10 mg tablets are common in English
/// speaking countries, while in China prednisone comes in 5 mg tablets only, so 两片，10毫克 is 10 in all.</remarks>
public class DoseTabletsOrTotalTests
{
    private readonly DoseRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("3 tablets, 15mg in all", "en-US", 15)]
    [InlineData("pred 4 tabs, total of 20mg", "en-US", 20)]
    [InlineData("2 pills = 10 mg", "en-US", 10)]
    [InlineData("强的松三片，一共15毫克", "zh-CN", 15)]
    [InlineData("泼尼松两片 总共10mg", "zh-CN", 10)]
    public void A_total_said_in_words_is_the_days_dose(string text, string culture, double mgPerDay)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("强的松三片 15mg", "zh-CN", "prednisone", 15)]
    [InlineData("强的松三片15mg", "zh-CN", "prednisone", 15)]
    [InlineData("pred 15mg, 3 tabs", "en-US", "prednisone", 15)]
    [InlineData("medrol 3 tabs 12mg", "en-US", "methylprednisolone", 12)]
    [InlineData("两片，10毫克", "zh-CN", "prednisone", 10)]
    [InlineData("两片半，一共12.5", "zh-CN", "prednisone", 12.5)]
    [InlineData("强的松一片半 7.5", "zh-CN", "prednisone", 7.5)]
    [InlineData("pred 3 tabs, 15 in total", "en-US", "prednisone", 15)]
    [InlineData("两片10毫克", "zh-CN", "prednisone", 10)]
    public void An_amount_no_tablet_is_made_in_but_the_counted_tablets_make_is_the_total_to_confirm(string text, string culture, string id, double mgPerDay)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(id, result.Value!.Medicine.Id);
        Assert.Equal(mgPerDay, result.Value.DailyDose.MgPerDay, 6);
        Assert.True(result.IsTentative, result.ToString());
    }

    [Theory]
    [InlineData("每天两片5毫克", "zh-CN", 10)]
    [InlineData("泼尼松 5mg 三片", "zh-CN", 15)]
    [InlineData("3 x 5mg pred", "en-US", 15)]
    [InlineData("two 5 mg tablets", "en-US", 10)]
    [InlineData("medrol 4 mg, 2 tablets a day", "en-US", 8)]
    [InlineData("5mg 两片", "zh-CN", 10)]
    [InlineData("three 15mg tablets", "en-US", 45)]
    [InlineData("3 tablets of 15mg", "en-US", 45)]
    public void An_amount_a_tablet_is_made_in_or_said_as_one_tablet_is_multiplied(string text, string culture, double mgPerDay)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("two 5s so 10", 10)]
    [InlineData("2 10s", 20)]
    [InlineData("three 5's", 15)]
    public void Tablets_counted_by_their_strength_are_read(string text, double mgPerDay)
        => AssertReads(text, "en-US", mgPerDay, tentative: false);

    [Theory]
    [InlineData("2 tabs 10mg", "en-US")]
    [InlineData("pred 2 tablets, 5mg", "en-US")]
    [InlineData("美卓乐16毫克，一天4片", "zh-CN")]
    [InlineData("甲泼尼龙16mg 每天吃4片", "zh-CN")]
    public void A_count_before_an_amount_tablets_are_made_in_both_ways_is_asked_about(string text, string culture)
    {
        Assert.Equal(DoseRecognizer.EachOrTotal, recognizer.Recognize(text, culture).Problem);
    }

    [Theory]
    [InlineData("8mg a day. dont know the name sorry", "en-US")]
    [InlineData("每天两片，不知道是哪种激素", "zh-CN")]
    public void A_dose_of_a_steroid_the_person_cannot_name_asks_which(string text, string culture)
    {
        Assert.Equal(DoseRecognizer.WhichSteroid, recognizer.Recognize(text, culture).Problem);
    }

    [Theory]
    [InlineData("强的松一天吃8片", 40)]
    [InlineData("泼尼松每天一片半", 7.5)]
    [InlineData("强的松早上三片下午一片", 20)]
    public void Tablets_of_a_medicine_made_in_one_strength_in_china_are_that_strength_to_confirm(string text, double mgPerDay)
    {
        var result = recognizer.Recognize(text, "zh-CN");

        Assert.True(result.IsRecognized && result.IsTentative, result.ToString());
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("美卓乐 早上2片晚上1片", "zh-CN")]
    [InlineData("应该是prednisone吧，每天两粒，一粒几mg不记得了", "zh-CN")]
    [InlineData("每天两片", "zh-CN")]
    [InlineData("pred 2 tablets a day", "en-US")]
    public void Tablets_of_several_strengths_or_of_an_unknown_one_are_asked_about(string text, string culture)
    {
        Assert.Equal(RecognitionProblem.MissingUnit, recognizer.Recognize(text, culture).Problem);
    }

    [Theory]
    [InlineData("15, three of the 5mg ones", 15)]
    [InlineData("12.5 — two and a half of the 5mg tabs", 12.5)]
    [InlineData("10 - two of the 5mg tabs", 10)]
    public void A_bare_total_with_the_tablets_that_make_it_is_the_dose(string text, double mgPerDay)
        => AssertReads(text, "en-US", mgPerDay, tentative: false);

    [Theory]
    [InlineData("20, three of the 5mg ones")]
    [InlineData("12.5 - two of the 5mg tabs")]
    public void A_bare_total_the_tablets_do_not_make_is_asked_about(string text)
    {
        Assert.Equal(RecognitionProblem.Ambiguous, recognizer.Recognize(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("40 now, they dropped me from 60 to 40 last wednesday", "en-US", 40)]
    [InlineData("dropped from 20 to 15", "en-US", 15)]
    [InlineData("down to 15 from 20", "en-US", 15)]
    [InlineData("从20减到15了", "zh-CN", 15)]
    [InlineData("泼尼松20毫克减到15毫克", "zh-CN", 15)]
    public void The_dose_a_change_started_from_is_not_the_dose(string text, string culture, double mgPerDay)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Fact]
    public void Chinese_tablets_of_the_prednisone_named_among_the_medicines_are_its_one_strength_to_confirm()
    {
        var prednisone = Catalog.Get("prednisone");

        var result = recognizer.Recognize("现在2片半", "zh-CN", prednisone);

        Assert.True(result.IsRecognized && result.IsTentative, result.ToString());
        Assert.Equal(12.5, result.Value!.DailyDose.MgPerDay, 6);
        Assert.Equal(RecognitionProblem.MissingUnit, recognizer.Recognize("现在2片半", "zh-CN").Problem);
    }

    [Theory]
    [InlineData("alternating, 15mg pred one day then 5mg the next", "en-US")]
    [InlineData("泼尼松一天15毫克一天5毫克", "zh-CN")]
    public void Two_doses_on_alternate_days_are_their_average_to_confirm(string text, string culture)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized && result.IsTentative, result.ToString());
        Assert.Equal(10, result.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("强的松隔天吃，一天4片一天2片，一片5mg", "zh-CN", 15)]
    [InlineData("4片2片轮流吃，5mg一片", "zh-CN", 15)]
    [InlineData("隔日服用，一天3片一天1片，5毫克的", "zh-CN", 10)]
    [InlineData("4 tabs one day and 2 the next, 5mg each", "en-US", 15)]
    [InlineData("3 tablets one day and 1 the next, theyre 5mg", "en-US", 10)]
    public void Tablets_counted_on_alternate_days_are_their_average_to_confirm(string text, string culture, double mgPerDay)
        => AssertReads(text, culture, mgPerDay, tentative: true);

    [Theory]
    [InlineData("单日20mg双日10mg，平均一天15mg", "zh-CN", 15)]
    [InlineData("20mg one day and 10mg the next, averages 15mg a day", "en-US", 15)]
    [InlineData("alternating 30 and 10, which averages out to 20 a day", "en-US", 20)]
    public void The_average_the_person_worked_out_is_the_dose_to_confirm(string text, string culture, double mgPerDay)
        => AssertReads(text, culture, mgPerDay, tentative: true);

    [Theory]
    [InlineData("1 and 1/2 tablet of prednisone 5mg everyday", 7.5)]
    [InlineData("2 and 1/2 of the 5mg", 12.5)]
    [InlineData("1 1/2 tabs of 5mg", 7.5)]
    [InlineData("7.5 mg. one and a half of the 5s", 7.5)]
    [InlineData("7 of the little 5mg ones every morning", 35)]
    [InlineData("4 of the white 5s every day", 20)]
    [InlineData("I take 3 tablets of the 5mg every day", 15)]
    public void Tablets_said_with_a_half_or_a_word_of_their_look_are_counted(string text, double mgPerDay)
        => AssertReads(text, "en-US", mgPerDay, tentative: false);

    [Theory]
    [InlineData("我妈吃强的松 一天一片还是一片半我不太清楚")]
    [InlineData("反正就是一片或者一片半 一片5毫克")]
    [InlineData("两片还是三片记不清了，5毫克的")]
    [InlineData("美卓乐一天两片，一片是4毫克还是16毫克我记不清了，药盒扔了")]
    [InlineData("una y media of the 5 mg prednisone in the morning")]
    [InlineData("30mg. or is it still 40? they were meant to drop me at my last appt")]
    [InlineData("20还是25来着")]
    [InlineData("some of the 5mg ones")]
    public void Two_counts_offered_as_alternatives_are_no_dose(string text) =>
        Assert.False(recognizer.Recognize(text, "zh-CN").IsRecognized);

    [Theory]
    [InlineData("Prednisolone 8 biji every morning, each one 5mg", "en-US", 40)]
    [InlineData("Prednisolone 8 pcs every morning, 5mg each", "en-US", 40)]
    [InlineData("prednisone, 6 of them, 5mg each", "en-US", 30)]
    [InlineData("pred 8 nos of 5mg daily", "en-US", 40)]
    [InlineData("泼尼松早上8个，每个5毫克", "zh-CN", 40)]
    public void A_strength_said_of_one_unit_is_counted_by_the_figure_beside_it_to_confirm(string text, string culture, double mgPerDay) =>
        AssertReads(text, culture, mgPerDay, tentative: true);

    [Theory]
    [InlineData("Wysolone 5mg 1-0-1", "prednisolone", 10)]
    [InlineData("Tab Wysolone 10mg 1-0-0", "prednisolone", 10)]
    [InlineData("Omnacortil 5 mg 1-1-0 after food", "prednisolone", 10)]
    [InlineData("medrol 4mg 1-0-½", "methylprednisolone", 6)]
    public void Tablets_written_morning_noon_and_night_are_summed_to_confirm(string text, string id, double mgPerDay)
    {
        var result = recognizer.Recognize(text, "en-US");

        Assert.True(result.IsRecognized && result.IsTentative, result.ToString());
        Assert.Equal(id, result.Value!.Medicine.Id);
        Assert.Equal(mgPerDay, result.Value.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("prednisone 5mg 2 at breakfast 1 at dinner", "en-US", 15)]
    [InlineData("dexamethasone, 4 at breakfast 4 at lunch, 0.75mg each", "en-US", 6)]
    [InlineData("强的松一片5毫克，早饭后两片，午饭后一片", "zh-CN", 15)]
    public void Tablets_counted_at_meals_split_the_day(string text, string culture, double mgPerDay) =>
        AssertReads(text, culture, mgPerDay, tentative: false);

    [Theory]
    [InlineData("box says prednisone 5mg. she takes some every morning but I honestly dont know how many")]
    [InlineData("prednisone 5mg, not sure how many tablets")]
    [InlineData("泼尼松5毫克一片的，她吃几片我不清楚")]
    [InlineData("pred 5mg each")]
    [InlineData("prednisone 5mg each, 2 or 3 of them")]
    [InlineData("six 5s and a 2.5")]
    public void Tablets_not_all_counted_are_no_dose(string text) =>
        Assert.False(recognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US").IsRecognized);

    [Theory]
    [InlineData("pred 5mg each morning", 5)]
    [InlineData("prednisone 5 mg each day", 5)]
    [InlineData("been on 2 weeks of 5mg", 5)]
    public void Each_of_a_time_is_how_often_not_one_units_strength(string text, double mgPerDay) =>
        AssertReads(text, "en-US", mgPerDay, tentative: false);

    private void AssertReads(string text, string culture, double mgPerDay, bool tentative)
    {
        var result = recognizer.Recognize(text, culture);

        Assert.True(result.IsRecognized && (!tentative || result.IsTentative), result.ToString());
        Assert.Equal(mgPerDay, result.Value!.DailyDose.MgPerDay, 6);
    }
}
