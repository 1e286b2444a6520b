using TrialBot.Screening.Medicines;

namespace TrialBot.Recognition.Tests;

/// <summary>
/// Answers typed with a slip or said again differently: Chinese medicine names typed with a character of the same sound,
/// a figure denied beside the one meant ("268 not 286"), a dose that used to be, a reply to a read-back that opens by
/// denying the reading, two months of the year said together (五六月份).
/// </summary>
public sealed class TypedAgainReadingTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private readonly MedicineRecognizer medicines = new(Catalog.All);

    [Theory]
    [InlineData("吗替麦考分脂一天两回，一回三粒", "mycophenolate-mofetil")]
    [InlineData("羟绿喹", "hydroxychloroquine")]
    [InlineData("来福米特", "leflunomide")]
    [InlineData("环包素", "cyclosporine")]
    [InlineData("美桌乐一天一片", "methylprednisolone")]
    public void A_chinese_name_typed_with_a_character_of_the_same_sound_is_that_medicine(string text, string id)
    {
        var named = medicines.Recognize(text, "zh-CN").Value!;

        var medicine = Assert.Single(named);
        Assert.Equal(id, medicine.Id);
        Assert.Equal(MedicineStatus.Current, medicine.Status);
    }

    [Theory]
    [InlineData("他们公司的药")]
    [InlineData("X的松")]
    public void A_run_near_no_name_or_near_two_names_is_no_medicine(string text) =>
        Assert.False(medicines.Recognize(text, "zh-CN").TryGetValue(out var named) && named.Count > 0);

    [Theory]
    [InlineData("是268不是286，单位微摩尔每升", 268)]
    [InlineData("no, 268 not 286, umol/L", 268)]
    [InlineData("不是286，是268微摩尔/升", 268)]
    public void A_figure_denied_beside_the_one_meant_is_not_read(string text, double micromoles)
    {
        var reading = LabValueRecognizer.RecognizeCreatinine(text, text.Any(c => c > 0x4e00) ? "zh-CN" : "en-US").Value!;

        Assert.Equal(micromoles, reading.Figure.MicromolPerLitre, 0);
    }

    [Theory]
    [InlineData("强的松就一片。以前是两片", "zh-CN", 5)]
    [InlineData("prednisone just the one 5mg tablet, it used to be two", "en-US", 5)]
    public void A_dose_that_used_to_be_is_not_the_dose(string text, string culture, double mgPerDay) =>
        Assert.Equal(mgPerDay, new DoseRecognizer(Catalog.All).Recognize(text, culture).Value!.DailyDose.MgPerDay, 6);

    [Theory]
    [InlineData("不对，是15毫克", "15毫克")]
    [InlineData("不是，应该是一片半", "一片半")]
    [InlineData("wrong, 12.5", "12.5")]
    [InlineData("不是很清楚", "不是很清楚")]
    [InlineData("对", "对")]
    public void A_reply_to_a_read_back_that_opens_by_denying_it_is_read_for_what_follows(string reply, string correction) =>
        Assert.Equal(correction, ReadBackReply.Correction(reply).Trim());

    [Theory]
    [InlineData("不确定，10月下旬断货那阵子可能停过几天", true)]
    [InlineData("not sure, she might have missed a few days in october", true)]
    [InlineData("I'm not sure", true)]
    [InlineData("说不准", true)]
    [InlineData("not sure, maybe 10 weeks", false)]
    [InlineData("不确定，应该是15毫克", false)]
    [InlineData("yes", false)]
    [InlineData("不对，是15毫克", false)]
    public void A_reply_to_a_read_back_that_opens_unsure_offers_no_answer_unless_it_gives_one(string reply, bool unsure) =>
        Assert.Equal(unsure, ReadBackReply.OpensUnsure(reply));

    [Theory]
    [InlineData("去年8月15号确诊的", "zh-CN", 478)]
    [InlineData("去年八月十五号", "zh-CN", 478)]
    [InlineData("前年3月2号", "zh-CN", 1009)]
    [InlineData("last year on 15 august", "en-US", 478)]
    [InlineData("August 15th last year", "en-US", 478)]
    [InlineData("今年10月1号", "zh-CN", 66)]
    public void A_day_of_a_month_with_its_year_named_by_its_distance_is_of_that_year(string text, string culture, double days) =>
        Assert.Equal(days, ElapsedTimeRecognizer.RecognizeSpan(text, culture, Today).Value!.Shortest.Days, 1);

    [Theory]
    [InlineData("March 3rd, 2025", 643)]
    [InlineData("diagnosed on March 2nd 2025", 644)]
    [InlineData("March 21st 2025", 625)]
    public void A_day_written_as_an_ordinal_keeps_the_year_after_it(string text, double days) =>
        Assert.Equal(days, ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!.Shortest.Days, 1);

    [Theory]
    [InlineData("two thousand and twenty, the October", 2227)]
    [InlineData("October twenty twenty-four, she was sixteen", 766)]
    [InlineData("He was diagnosed in twenty nineteen", 2532)]
    [InlineData("nineteen ninety-eight", 10202)]
    public void A_year_said_in_words_is_that_year(string text, double days) =>
        Assert.Equal(days, ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!.Shortest.Days, 1);

    [Theory]
    [InlineData("Sometime between the end of May and the middle of June, twenty twenty-six. It's all a bit of a blur sorry", 180)]
    [InlineData("October 5 or October 15, not sure which", 56)]
    [InlineData("5 october or 15 october, dont know which", 56)]
    public void Two_days_or_parts_of_months_the_person_cannot_choose_between_span_both(string text, double across)
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!;

        Assert.True(span.Shortest.Days < across, $"shortest {span.Shortest.Days}");
        Assert.True(span.Longest is { } longest && longest.Days >= across, $"longest {span.Longest?.Days}");
    }
}
