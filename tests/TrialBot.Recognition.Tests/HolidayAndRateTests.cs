namespace TrialBot.Recognition.Tests;

/// <summary>Dates said by the holidays people count by, rates said in Chinese, and two times offered with "or".</summary>
public class HolidayAndRateTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("since columbus day", "en-US", "2026-10-12")]
    [InlineData("since thanksgiving", "en-US", "2026-11-26")]
    [InlineData("since easter", "en-US", "2026-04-05")]
    [InlineData("since halloween", "en-US", "2026-10-31")]
    [InlineData("Since Paddy's Day", "en-US", "2026-03-17")]
    [InlineData("since Anzac Day", "en-US", "2026-04-25")]
    [InlineData("since bonfire night", "en-US", "2026-11-05")]
    [InlineData("memorial day 2025", "en-US", "2025-05-26")]
    [InlineData("今年母亲节", "zh-CN", "2026-05-10")]
    [InlineData("2022 sometime, around thanksgiving", "en-US", "2022-11-24")]
    [InlineData("since ramadan", "en-US", "2026-02-18")]
    [InlineData("since eid al fitr", "en-US", "2026-03-20")]
    [InlineData("since bakrid", "en-US", "2026-05-27")]
    [InlineData("since diwali", "en-US", "2026-11-08")]
    [InlineData("diwali 2023", "en-US", "2023-11-12")]
    public void A_holiday_is_its_day(string text, string culture, string day)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, culture, Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Today.DayNumber - DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).DayNumber, reading.Value.Days, 6);
    }

    [Theory]
    [InlineData("since labour day", "2026-10-26")]
    [InlineData("since Labour weekend", "2026-10-26")]
    [InlineData("since labor day", "2026-09-07")]
    [InlineData("since fathers day", "2026-09-06")]
    [InlineData("since mothers day", "2026-05-10")]
    [InlineData("since eid", "2026-05-27")]
    public void A_holiday_kept_on_different_days_by_country_is_its_latest_day_to_confirm(string text, string day)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(text != "since labor day", reading.IsTentative);
        Assert.Equal(Today.DayNumber - DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).DayNumber, reading.Value.Days, 6);
    }

    [Theory]
    [InlineData("since the monday after halloween", "2026-11-02")]
    [InlineData("started again the Tuesday after Labour weekend", "2026-10-27")]
    [InlineData("They put me up to 20 the Friday before Thanksgiving", "2026-11-20")]
    [InlineData("Since the day after the Melbourne Cup", "2026-11-04")]
    public void A_day_counted_from_a_holiday_is_that_day(string text, string day)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Today.DayNumber - DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).DayNumber, reading.Value.Days, 6);
    }

    [Fact]
    public void Thanksgiving_before_the_american_one_is_the_canadian_one_to_confirm()
    {
        var reading = ElapsedTimeRecognizer.Recognize("since thanksgiving", "en-US", new DateOnly(2026, 11, 24));

        Assert.True(reading.IsTentative);
        Assert.Equal(43, reading.Value.Days, 6);
    }

    [Theory]
    [InlineData("i quit it on my own in sept, rheum put me back on it. early oct? or after columbus day. dont remember", "en-US")]
    [InlineData("since mid sept, or maybe early october", "en-US")]
    public void Two_times_joined_by_or_are_asked_for_one(string text, string culture)
    {
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, Today).Problem);
    }

    [Fact]
    public void A_chinese_rate_is_no_length()
    {
        var reading = ElapsedTimeRecognizer.Recognize("11月8号出院以后一直4片没变，住院时甲强龙一天80", "zh-CN", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(28, reading.Value.Days, 6);
    }

    [Fact]
    public void One_day_said_as_a_length_is_still_one_day()
    {
        Assert.Equal(1, ElapsedTimeRecognizer.Recognize("吃了一天就停了", "zh-CN", Today).Value.Days, 6);
    }

    [Theory]
    [InlineData("系啊")]
    [InlineData("系呀")]
    [InlineData("得 冇问题")]
    [InlineData("啱啊")]
    [InlineData("唔，好的")]
    [InlineData("要得")]
    [InlineData("👍")]
    [InlineData("👌")]
    public void A_dialects_or_an_emojis_yes_is_yes(string text)
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize(text, "zh-CN"));
    }

    [Theory]
    [InlineData("冇")]
    [InlineData("冇啊")]
    [InlineData("冇做过")]
    [InlineData("唔系")]
    [InlineData("莫得")]
    [InlineData("呒没")]
    [InlineData("👎")]
    public void A_dialects_or_an_emojis_no_is_no(string text)
    {
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, "zh-CN"));
    }

    [Fact]
    public void Cantonese_not_knowing_is_not_knowing()
    {
        Assert.True(YesNoRecognizer.Recognize("唔知", "zh-CN").IsUnsure);
    }

    [Theory]
    [InlineData("Same 15mg since I started it again")]
    [InlineData("开始就是3片，一直没变")]
    [InlineData("重新吃以后一直3片 没变")]
    public void Since_the_course_started_is_read_as_its_start(string text)
    {
        Assert.True(SinceEventReader.Read(text) is { CourseStart: true, Diagnosis: false });
    }

    [Fact]
    public void The_start_of_something_else_is_no_start_of_the_course()
    {
        Assert.Null(SinceEventReader.Read("暑假开始就三片了"));
    }

    [Fact]
    public void A_time_then_another_that_may_be_it_is_asked_for_one()
    {
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize("五一前后吧，也可能是端午", "zh-CN", Today).Problem);
    }

    [Theory]
    [InlineData("属羊的 五五年三月生的")]
    [InlineData("55年3月生的")]
    [InlineData("一九五五年三月出生")]
    public void A_chinese_month_and_short_year_of_birth_is_the_age_to_confirm(string text)
    {
        Assert.Equal(Recognition.Of(71).AsTentative(), AgeRecognizer.Recognize(text, "zh-CN", Today));
    }

    [Theory]
    [InlineData("从确诊开始就吃")]
    [InlineData("确诊到现在一直吃 没停过")]
    [InlineData("ever since i was diagnosed")]
    public void Since_the_diagnosis_stays_the_diagnosis(string text)
    {
        Assert.True(SinceEventReader.Read(text) is { Diagnosis: true, CourseStart: false });
    }
}

/// <summary>A lab value said as a bound: its figure, to confirm, with the bound kept.</summary>
public class LabBoundReadingTests
{
    [Theory]
    [InlineData("IMMUNOGLOBULIN A, SERUM   <5   mg/dL   70-400   L", 5, Screening.Answers.LabBound.Below)]
    [InlineData("less than 5 mg/dL", 5, Screening.Answers.LabBound.Below)]
    [InlineData("低于0.07 g/L", 7, Screening.Answers.LabBound.Below)]
    [InlineData("over 300 mg/dl", 300, Screening.Answers.LabBound.Above)]
    public void Iga_as_a_bound(string text, double mgPerDl, Screening.Answers.LabBound bound)
    {
        var reading = LabValueRecognizer.RecognizeIgA(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US");

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.Equal(mgPerDl, reading.Value.Figure.MgPerDl, 6);
        Assert.Equal(bound, reading.Value.Bound);
    }

    [Theory]
    [InlineData("at most 10 mg/dL")]
    [InlineData("≥ 300 mg/dL")]
    public void A_bound_that_includes_its_figure_is_asked(string text)
    {
        Assert.False(LabValueRecognizer.RecognizeIgA(text, "en-US").IsRecognized);
    }

    [Fact]
    public void A_value_with_its_reference_range_is_exact()
    {
        var reading = LabValueRecognizer.RecognizeCreatinine("creatinine 0.62 mg/dL 0.57-1.11", "en-US");

        Assert.Equal(Screening.Answers.LabBound.Exact, reading.Value.Bound);
        Assert.Null(reading.Value.UpTo);
        Assert.Equal(0.62, reading.Value.Figure.MgPerDl, 6);
    }
}

/// <summary>A plain answer in its own first clause, then why, to a question with no subject (the next birthday, the review).</summary>
public class PlainAnswerThenWhyTests
{
    [Theory]
    [InlineData("不是，她生日是三月的，今年三月刚过完", false)]
    [InlineData("不是，我三月份生日，还有三个多月才满十八", false)]
    [InlineData("是的，下个礼拜就是她生日", true)]
    public void The_first_clause_answers(string text, bool expected)
    {
        Assert.Equal(Recognition.Of(expected), YesNoRecognizer.Recognize(text, "zh-CN"));
    }

    [Fact]
    public void A_first_yes_with_a_no_after_it_is_asked_again()
    {
        Assert.False(YesNoRecognizer.Recognize("yes, but the dose is wrong", "en-US").IsRecognized);
    }
}

/// <summary>An answer that only points back to an earlier message is asked for here.</summary>
public class SaidBeforeTests
{
    [Theory]
    [InlineData("刚才不是发了吗")]
    [InlineData("同上")]
    [InlineData("I told you already, dear.")]
    [InlineData("see above")]
    [InlineData("前面说过了")]
    public void Is_asked_for_here(string text)
    {
        Assert.Equal(RecognitionProblem.SaidBefore, YesNoRecognizer.Recognize(text, "zh-CN").Problem);
        Assert.Equal(RecognitionProblem.SaidBefore, LabValueRecognizer.RecognizeIgA(text, "zh-CN").Problem);
    }

    [Fact]
    public void An_answer_beside_it_is_read()
    {
        Assert.Equal(15, new DoseRecognizer(Catalog.All).Recognize("like I said, 15mg", "en-US").Value!.DailyDose.MgPerDay, 6);
    }
}
