using System.Globalization;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

/// <summary>Dates naming a part of a month or a holiday, lengths a coming month completes, and vague numbers of years.</summary>
public class PointsInTimeTests
{
    private static readonly DateOnly December5 = new(2026, 12, 5);

    [Theory]
    [InlineData("since mid nov", "en-US", "2026-11-20")]
    [InlineData("since early oct", "en-US", "2026-10-10")]
    [InlineData("since mid october", "en-US", "2026-10-20")]
    [InlineData("late october 2025", "en-US", "2025-10-31")]
    [InlineData("since the beginning of march", "en-US", "2026-03-10")]
    [InlineData("end of june last year", "en-US", "2025-06-30")]
    [InlineData("mid-sept 2024", "en-US", "2024-09-20")]
    [InlineData("since the middle of last month", "en-US", "2026-11-20")]
    [InlineData("since christmas", "en-US", "2025-12-25")]
    [InlineData("since new years", "en-US", "2026-01-01")]
    [InlineData("十月中旬开始的", "zh-CN", "2026-10-20")]
    [InlineData("上个月初", "zh-CN", "2026-11-10")]
    [InlineData("从上月底开始", "zh-CN", "2026-11-30")]
    [InlineData("去年十月底", "zh-CN", "2025-10-31")]
    [InlineData("2025年3月下旬", "zh-CN", "2025-03-31")]
    [InlineData("去年国庆确诊的", "zh-CN", "2025-10-01")]
    [InlineData("去年国庆到现在一直吃", "zh-CN", "2025-10-01")]
    [InlineData("国庆节以后就没变过量", "zh-CN", "2026-10-01")]
    [InlineData("今年元旦", "zh-CN", "2026-01-01")]
    [InlineData("春节前后开始吃的", "zh-CN", "2026-02-17")]
    [InlineData("去年春节", "zh-CN", "2025-01-29")]
    [InlineData("中秋节以后一直在吃", "zh-CN", "2026-09-25")]
    [InlineData("去年暑假，7月份确诊的", "zh-CN", "2025-07-31")]
    [InlineData("今年过完年以后就一直两片", "zh-CN", "2026-02-17")]
    [InlineData("十一前后减到三片的，之后没动过", "zh-CN", "2026-10-01")]
    [InlineData("双十一那几天开始的，之前没吃过激素", "zh-CN", "2026-11-11")]
    [InlineData("五月份以后就一直三片，没动过", "zh-CN", "2026-05-31")]
    public void A_part_of_a_month_or_a_holiday_is_measured_from_the_day_it_names(string text, string culture, string start)
    {
        var expected = Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), December5);

        Assert.Equal(Recognition.Of(expected), ElapsedTimeRecognizer.Recognize(text, culture, December5));
    }

    [Theory]
    [InlineData("since mid dec", "en-US")]
    [InlineData("这个月中旬", "zh-CN")]
    [InlineData("since early december", "en-US")]
    [InlineData("12月初", "zh-CN")]
    public void A_point_of_this_month_still_ahead_asks_how_many_weeks(string text, string culture) =>
        Assert.Equal(RecognitionProblem.ThisMonth, ElapsedTimeRecognizer.Recognize(text, culture, December5).Problem);

    [Fact]
    public void After_a_point_in_a_month_gives_only_an_upper_bound() =>
        Assert.Equal(RecognitionProblem.Ambiguous, ElapsedTimeRecognizer.Recognize("sometime after mid march", "en-US", December5).Problem);

    [Theory]
    [InlineData("3 years in march", "en-US", 3, "2027-03-31")]
    [InlineData("it will be 3 years in March", "en-US", 3, "2027-03-31")]
    [InlineData("2 yrs this june", "en-US", 2, "2027-06-30")]
    [InlineData("a year next month", "en-US", 1, "2027-01-31")]
    [InlineData("in march itll be 3 years", "en-US", 3, "2027-03-31")]
    [InlineData("到明年三月就三年了", "zh-CN", 3, "2027-03-31")]
    [InlineData("明年3月满两年", "zh-CN", 2, "2027-03-31")]
    [InlineData("下个月就一年了", "zh-CN", 1, "2027-01-31")]
    public void A_length_a_coming_month_completes_is_less_the_time_until_that_month_ends(string text, string culture, int years, string monthEnd)
    {
        var end = DateOnly.ParseExact(monthEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = Duration.FromDays(December5.DayNumber - December5.AddYears(-years).DayNumber - (end.DayNumber - December5.DayNumber));

        Assert.Equal(Recognition.Of(expected), ElapsedTimeRecognizer.Recognize(text, culture, December5));
    }

    [Fact]
    public void A_length_completed_in_a_past_month_adds_the_time_since()
    {
        var expected = Duration.FromDays(December5.DayNumber - December5.AddYears(-3).DayNumber + (December5.DayNumber - new DateOnly(2026, 3, 31).DayNumber));

        Assert.Equal(Recognition.Of(expected), ElapsedTimeRecognizer.Recognize("it was 3 years in march", "en-US", December5));
    }

    [Fact]
    public void A_length_a_coming_season_completes_is_measured_to_its_last_month()
    {
        var end = new DateOnly(2027, 5, 31);
        var expected = Duration.FromDays(December5.DayNumber - December5.AddYears(-11).DayNumber - (end.DayNumber - December5.DayNumber));

        Assert.Equal(Recognition.Of(expected), ElapsedTimeRecognizer.Recognize("2015, so 11 years this spring.", "en-US", December5));
    }

    [Theory]
    [InlineData("14 years this past april", 14)]
    [InlineData("5 years last march", 5)]
    public void A_length_completed_in_a_month_gone_by_adds_the_time_since(string text, int years)
    {
        var monthEnd = new DateOnly(2026, text.Contains("april", StringComparison.Ordinal) ? 4 : 3, text.Contains("april", StringComparison.Ordinal) ? 30 : 31);
        var expected = Duration.FromDays(December5.DayNumber - December5.AddYears(-years).DayNumber + (December5.DayNumber - monthEnd.DayNumber));

        Assert.Equal(Recognition.Of(expected), ElapsedTimeRecognizer.Recognize(text, "en-US", December5));
    }

    [Fact]
    public void A_season_whose_month_is_said_beside_it_is_no_date_for_the_model_to_read()
    {
        // "this past spring" beside "April 2012" had sent the answer to the date-time model, which read "1 day".
        var reading = ElapsedTimeRecognizer.Recognize("Fourteen years this past spring. It was April 2012.", "en-US", December5);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.InRange(reading.Value.Years, 13.9, 14.7);
    }

    [Theory]
    [InlineData("for years", "en-US")]
    [InlineData("years", "en-US")]
    [InlineData("a few years", "en-US")]
    [InlineData("several years now", "en-US")]
    [InlineData("been on it for years", "en-US")]
    [InlineData("好几年了", "zh-CN")]
    [InlineData("好多年", "zh-CN")]
    [InlineData("吃了好多年了", "zh-CN")]
    [InlineData("多年", "zh-CN")]
    public void A_vague_number_of_years_is_at_least_two_to_confirm(string text, string culture)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, culture, December5);

        Assert.True(reading.IsTentative, reading.ToString());
        Assert.Equal(Duration.FromYears(2), reading.Value);
    }

    [Theory]
    [InlineData("a few months", "en-US", RecognitionProblem.VagueNumber)]
    [InlineData("several weeks", "en-US", RecognitionProblem.VagueNumber)]
    [InlineData("几个月", "zh-CN", RecognitionProblem.VagueNumber)]
    [InlineData("on and off for years", "en-US", RecognitionProblem.OnAndOff)]
    [InlineData("since i was diagnosed", "en-US", RecognitionProblem.SinceEvent)]
    [InlineData("since i was 24", "en-US", RecognitionProblem.SinceEvent)]
    public void A_vague_time_that_cannot_decide_a_rule_of_months_asks(string text, string culture, string problem) =>
        Assert.Equal(problem, ElapsedTimeRecognizer.Recognize(text, culture, December5).Problem);
}

/// <summary>Tablets counted without their strength.</summary>
public class TabletsWithoutStrengthTests
{
    [Theory]
    [InlineData("the little white pills, 3 a day, dont know the mg", "en-US")]
    [InlineData("2 pills", "en-US")]
    [InlineData("pred, 3 tabs every morning", "en-US")]
    [InlineData("3 a day, not sure of the strength", "en-US")]
    [InlineData("吃三片", "zh-CN")]
    [InlineData("一天两颗", "zh-CN")]
    [InlineData("泼尼松一天3粒，不知道多少毫克", "zh-CN")]
    [InlineData("prednisolone 2 tablet morning. last time 5mg each but polyclinic give me new box different colour, i think different strength, i dont know", "en-US")]
    [InlineData("2 pred tabs, they were 5mg but the pharmacy switched brands, strength not sure now", "en-US")]
    [InlineData("强的松两片，以前是5毫克一片，现在换了药厂不知道是多少", "zh-CN")]
    [InlineData("每天两片泼尼松，以前一片5毫克，这次拿的药规格变了", "zh-CN")]
    public void A_count_of_tablets_is_never_read_as_milligrams(string text, string culture)
    {
        var reading = new DoseRecognizer(Catalog.All).Recognize(text, culture);

        Assert.False(reading.IsRecognized, reading.ToString());
        Assert.Equal(RecognitionProblem.MissingUnit, reading.Problem);
    }
}

/// <summary>Tablets with their strength said after them, with half a tablet, or added to another amount.</summary>
public class TabletStrengthAndHalfTests
{
    private readonly DoseRecognizer recognizer = new(Catalog.All);

    [Theory]
    [InlineData("prednisolone 2 tablet every morning, each one 5mg", 10)]
    [InlineData("2 tablets, each is 5mg", 10)]
    [InlineData("two 5s and a half", 12.5)]
    [InlineData("12.5 mg (two 5s and a half)", 12.5)]
    [InlineData("2 tablets and a half of 5mg", 12.5)]
    [InlineData("上个月又加回两片了，一片5mg，就是10mg", 10)]
    [InlineData("2 and a half of the 5 mg", 12.5)]
    [InlineData("2 tabs of 5mg, not sure how long", 10)]
    public void Reads_the_tablets_and_their_strength(string text, double mgPerDay)
    {
        var reading = recognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US");

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(mgPerDay, reading.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("2 tabs of 10", 20)]
    [InlineData("half a tablet of 5", 2.5)]
    public void A_strength_without_mg_after_tablets_is_mg_to_confirm(string text, double mgPerDay)
    {
        var reading = recognizer.Recognize(text, "en-US");

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.Equal(mgPerDay, reading.Value!.DailyDose.MgPerDay, 6);
    }

    [Theory]
    [InlineData("10mg plus half a 5mg tablet")]
    [InlineData("10mg and half a tablet of 5")]
    [InlineData("six of the 5s... no sorry, seven now, they bumped me up after halloween")]
    [InlineData("six of the 5s, no sorry, seven")]
    public void An_amount_added_to_or_taken_back_is_never_read_as_the_figure_before_it(string text)
    {
        var reading = recognizer.Recognize(text, "en-US");

        Assert.False(reading.IsRecognized && reading.Value!.DailyDose.MgPerDay is 10 or 5 or 2.5 or 30, reading.ToString());
    }
}
