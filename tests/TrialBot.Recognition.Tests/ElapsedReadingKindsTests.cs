using TrialBot.Recognition.Statements;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

/// <summary>A time given as a rough length, and told only as a date: which answers are rough figures.</summary>
public class RoughLengthTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("半年左右吧")]
    [InlineData("about 6 months")]
    [InlineData("roughly 8 wks")]
    [InlineData("8 weeks or so")]
    [InlineData("6ish months")]
    [InlineData("差不多两个月")]
    [InlineData("大概八周")]
    [InlineData("like 2 weeks")]
    public void A_length_said_roughly_is_a_rough_figure(string text)
    {
        Assert.True(ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!.Approximate);
    }

    [Theory]
    [InlineData("6 months")]
    [InlineData("半年了")]
    [InlineData("last May so about 7 months")]
    [InlineData("since about july")]
    [InlineData("大概是去年国庆")]
    [InlineData("i'd like to say 2019")]
    public void An_exact_length_or_a_date_is_not(string text)
    {
        Assert.False(ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today) is { IsRecognized: true, Value.Approximate: true });
    }
}

/// <summary>Dates said with their year in words, and a season narrowed to one of its months.</summary>
public class MonthAndSeasonTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("since October last year I haven't stopped", "2025-10-31")]
    [InlineData("october of last year", "2025-10-31")]
    [InlineData("march of the year before last", "2024-03-31")]
    [InlineData("october of freshman year so oct 2022", "2022-10-31")]
    [InlineData("Since her flare in the spring, March I think", "2026-03-31")]
    [InlineData("same 2 tablets since the summer, maybe july", "2026-07-31")]
    [InlineData("july, in the summer", "2026-07-31")]
    [InlineData("研一刚入学那年秋天，2022年10月左右", "2022-10-31")]
    [InlineData("that autumn, october 2022 i think", "2022-10-31")]
    [InlineData("The summer of the London Olympics, so 2012.", "2012-08-31")]
    [InlineData("june, that was 2019", "2019-06-30")]
    [InlineData("2020 like june", "2020-06-30")]
    [InlineData("SINCE THANKSGIVING LAST YEAR", "2025-11-27")]
    [InlineData("on since CNY, cannot stop la", "2026-02-17")]
    [InlineData("1.5 tab since ching ming", "2026-04-05")]
    [InlineData("清明开始一直三粒", "2026-04-05")]
    [InlineData("same 1 and half since holy week", "2026-04-05")]
    [InlineData("4 tabs since merdeka", "2026-08-31")]
    [InlineData("since last yr no stop", "2025-12-31")]
    [InlineData("year my daughter started uni so 2020. month was october i think", "2020-10-31")]
    [InlineData("1998. March I think, no wait, May, it was right before my sister's wedding", "1998-05-31")]
    [InlineData("上个月十号左右开始吃6片的，之前是8片", "2026-11-10")]
    [InlineData("since the 10th of last month", "2026-11-10")]
    [InlineData("这个月3号", "2026-12-03")]
    [InlineData("霜降那几天开始吃的", "2026-10-24")]
    [InlineData("民國100年確診的", "2011-12-31")]
    [InlineData("been on 10 since the summer, july i think", "2026-07-31")]
    public void Reads_the_month_meant(string text, string since)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Today.DayNumber - DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture).DayNumber, reading.Value.Days, 6);
    }

    [Fact]
    public void A_season_with_a_month_of_another_season_stays_the_season()
    {
        // "since the summer, maybe october": October is no summer month, so both times stand and the shorter is read.
        var reading = ElapsedTimeRecognizer.Recognize("since the summer, then again in october", "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Today.DayNumber - new DateOnly(2026, 10, 31).DayNumber, reading.Value.Days, 6);
    }

    [Theory]
    [InlineData("I restarted on 1 October and haven't missed a day since.")]
    [InlineData("started 1 october, have not skipped a single day")]
    public void Not_missing_a_day_is_no_length(string text)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Today.DayNumber - new DateOnly(2026, 10, 1).DayNumber, reading.Value.Days, 6);
    }
}

/// <summary>Yes/no answers as typed in a text message or with an idiom whose negation is no denial.</summary>
public class TextedYesNoTests
{
    private static readonly YesNoSubject Active = new(["active", "rash", "swollen", "flaring"], [], []);
    private static readonly YesNoSubject ActiveZh = new(["活动", "补体低", "起疹子"], [], []);
    private static readonly YesNoSubject Dialysis = new(["dialysis", "透析", "洗肾"], [], []);

    private static readonly YesNoSubject GoOn = new(["continue", "继续", "参加"], [], []);

    [Theory]
    [InlineData("不花钱的话就继续吧", true)]
    [InlineData("要花钱的话就算了", false)]
    [InlineData("if it doesnt cost anything then yes", true)]
    public void A_negation_inside_a_condition_is_the_condition_s_not_the_answer_s(string text, bool yes) =>
        Assert.Equal(Recognition.Of(yes), YesNoRecognizer.Recognize(text, "zh-CN", GoOn));

    [Theory]
    [InlineData("ya legs swollen n rash still", "en-US")]
    [InlineData("still flaring n joints bad", "en-US")]
    [InlineData("not better, still flaring", "en-US")]
    public void An_and_typed_as_n_or_no_better_is_no_denial(string text, string culture)
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize(text, culture, Active));
    }

    [Theory]
    [InlineData("还没好补体低")]
    [InlineData("是还没好利索脸上手上老起疹子查血白细胞低补体也低医生说还在活动")]
    [InlineData("一直没见好，补体低")]
    public void Not_yet_well_is_still_ill(string text)
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize(text, "zh-CN", ActiveZh));
    }

    [Theory]
    [InlineData("n", "en-US")]
    [InlineData("n, its been fine", "en-US")]
    public void A_lone_n_is_still_no(string text, string culture)
    {
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, culture, Active));
    }

    [Theory]
    [InlineData("还没有 医生说再高就要洗肾了", "zh-CN")]
    [InlineData("没有，如果再差下去就得透析", "zh-CN")]
    [InlineData("not yet, the doc said if it gets worse i'll need dialysis", "en-US")]
    public void What_would_come_only_if_something_happens_states_nothing(string text, string culture)
    {
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, culture, Dialysis));
    }
}

/// <summary>A month with its year, then a length ("october 2020, 6 years"): the month keeps its year.</summary>
public class MonthWithYearBeforeALengthTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("october 2020, 6 years")]
    [InlineData("march 2020 6 years")]
    public void The_month_keeps_its_year_and_agrees_with_the_length(string text)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.InRange(reading.Value.Years, 5.9, 6.8);
    }
}

/// <summary>A second time offered after a clause about the first, and a range between two holidays.</summary>
public class OfferedInsteadTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("清明回老家扫墓那阵查出来的，也可能是端午，记不太清了", "zh-CN")]
    [InlineData("in march when we moved, or maybe april", "en-US")]
    [InlineData("今年查出来的 上半年还是下半年俺整不准 俺在外地打工", "zh-CN")]
    [InlineData("symptoms since march but they only diagnosed it right after the 4th of july", "en-US")]
    [InlineData("since after labor day", "en-US")]
    public void A_time_offered_instead_of_another_or_counted_from_another_is_asked(string text, string culture) =>
        Assert.False(ElapsedTimeRecognizer.Recognize(text, culture, Today).IsRecognized);

    [Theory]
    [InlineData("not sure. she saw her rheumatologist sometime in november and i think they might have changed it")]
    [InlineData("不确定有没有调过，上个月去复查过一次")]
    [InlineData("I don't know if they've changed it, he saw the specialist last month")]
    [InlineData("not sure whether the doctor has lowered it since september")]
    [InlineData("不知道医生有没有调过，上个月去复诊了")]
    public void A_change_the_person_is_not_sure_happened_is_not_knowing(string text) =>
        Assert.True(ElapsedTimeRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Today).IsUnsure);

    [Theory]
    [InlineData("the year of the big floods, we'd just moved to Ipswich")]
    [InlineData("after my 2nd boy was born, he was 3 months old then")]
    [InlineData("生完老二，孩子三个月大的时候")]
    public void Someones_age_or_a_contraction_is_no_time(string text) =>
        Assert.False(ElapsedTimeRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Today).IsRecognized);

    [Theory]
    [InlineData("since the first week of october", 2026, 10, 7)]
    [InlineData("the second week in september", 2026, 9, 14)]
    public void A_week_of_a_month_is_measured_from_its_last_day(string text, int year, int month, int day) =>
        Assert.Equal(Recognition.Of(Duration.FromDays(Today.DayNumber - new DateOnly(year, month, day).DayNumber)), ElapsedTimeRecognizer.Recognize(text, "en-US", Today));

    [Theory]
    [InlineData("ugh i had symptoms since like april but they only figured out it was lupus right after labor day")]
    [InlineData("they cut me from 4 pills to 3 right after labor day")]
    public void Right_after_a_day_is_a_week_after_it_at_the_latest_to_confirm(string text)
    {
        // Labor day 2026 is 7 September; a week after it is 14 September.
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.Equal(Recognition.Of(Duration.FromDays(Today.DayNumber - new DateOnly(2026, 9, 14).DayNumber)).AsTentative(), reading);
    }

    [Fact]
    public void A_range_of_months_with_may_and_this_year_keeps_both_ends()
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan("sometime between may and july this year, i dont know exactly", "en-US", Today);

        Assert.True(span.IsRecognized, span.ToString());
        Assert.Equal(Today.DayNumber - new DateOnly(2026, 7, 31).DayNumber, span.Value!.Shortest.Days, 6);
        Assert.Equal(Today.DayNumber - new DateOnly(2026, 5, 31).DayNumber, span.Value.Longest!.Value.Days, 6);
    }

    [Fact]
    public void A_range_between_two_holidays_keeps_both_ends()
    {
        var span = ElapsedTimeRecognizer.RecognizeSpan("somewhere between labor day and halloween", "en-US", Today);

        Assert.True(span.IsRecognized, span.ToString());
        Assert.Equal(Today.DayNumber - new DateOnly(2026, 10, 31).DayNumber, span.Value!.Shortest.Days, 6);
        Assert.Equal(Today.DayNumber - new DateOnly(2026, 9, 7).DayNumber, span.Value.Longest!.Value.Days, 6);
    }
}

/// <summary>The colloquial 俩 and 仨 (two, three) count a length as their numerals do.</summary>
public class ColloquialCountTests
{
    [Theory]
    [InlineData("俩月了", 2)]
    [InlineData("仨月了", 3)]
    [InlineData("差不多仨月", 3)]
    public void A_colloquial_count_of_months_is_read(string text, int months) =>
        Assert.Equal(Duration.FromMonths(months).Days, ElapsedTimeRecognizer.Recognize(text, "zh-CN", new DateOnly(2026, 12, 5)).Value!.Days, 3);
}
