using System.Globalization;
using TrialBot.Screening.Quantities;

namespace TrialBot.Recognition.Tests;

public class ElapsedTimeRecognizerTests
{
    [Theory]
    [InlineData("3 years ago", "en-US", "2023-11-24")]
    [InlineData("since 2019", "en-US", "2019-12-31")]
    [InlineData("in March 2021", "en-US", "2021-03-31")]
    [InlineData("diagnosed in 2020", "en-US", "2020-12-31")]
    [InlineData("2019", "en-US", "2019-12-31")]
    [InlineData("3/15/2021", "en-US", "2021-03-15")]
    [InlineData("since last year", "en-US", "2025-12-31")]
    [InlineData("before 2020", "en-US", "2019-12-31")]
    [InlineData("in March", "en-US", "2026-03-31")]
    [InlineData("three or four years ago", "en-US", "2023-11-24")]
    [InlineData("3 or 4 years ago", "en-US", "2023-11-24")]
    [InlineData("last summer", "en-US", "2026-08-31")]
    [InlineData("三年前", "zh-CN", "2023-11-24")]
    [InlineData("2019年3月", "zh-CN", "2019-03-31")]
    [InlineData("2020年确诊", "zh-CN", "2020-12-31")]
    [InlineData("从2019年开始", "zh-CN", "2019-12-31")]
    [InlineData("三个月前", "zh-CN", "2026-08-24")]
    [InlineData("去年", "zh-CN", "2025-12-31")]
    [InlineData("since 2019", "zh-CN", "2019-12-31")]
    public void Measures_a_date_from_the_latest_day_it_can_mean(string text, string culture, string start)
    {
        var expected = Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date);

        Assert.Equal(Recognition.Of(expected), ElapsedTimeRecognizer.Recognize(text, culture, Today.Date));
    }

    [Theory]
    [InlineData("since her flare last fall", "2026-12-06")]
    [InlineData("since last autumn", "2026-12-20")]
    [InlineData("last summer", "2026-09-15")]
    public void A_last_season_that_ended_within_the_month_is_asked_which_year(string text, string today)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", DateOnly.Parse(today, CultureInfo.InvariantCulture));

        Assert.False(reading.IsRecognized, reading.ToString());
    }

    [Theory]
    [InlineData("The year before covid hit", "2019-12-31")]
    [InlineData("the year after covid", "2021-12-31")]
    [InlineData("非典那年查出来额，老早了", "2003-12-31")]
    [InlineData("汶川地震那年确诊的", "2008-12-31")]
    [InlineData("108年在台大确诊的", "2019-12-31")]
    [InlineData("今年开春犯病以后一直吃，没断过", "2026-05-31")]
    public void Reads_a_time_named_by_what_happened_in_it_or_by_its_season(string text, string start)
    {
        var expected = Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date);

        Assert.Equal(expected, ElapsedTimeRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Today.Date).Value);
    }

    [Theory]
    [InlineData("进厂第二年查出来的")]
    [InlineData("儿子上一年级那年")]
    [InlineData("first year of teaching")]
    public void A_year_counted_as_an_order_or_a_grade_is_no_length(string text)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Today.Date);

        Assert.False(reading.IsRecognized, reading.ToString());
    }

    [Theory]
    [InlineData("来上海进厂第二年查出来的，2017年", "2017-12-31", false)]
    [InlineData("2015年，儿子上一年级那年", "2015-12-31", false)]
    [InlineData("The summer before my first year of teaching, so summer 2021", "2021-08-31", true)]
    [InlineData("I was diagnosed in '98", "1998-12-31", false)]
    [InlineData("spring of ’98", "1998-05-31", false)]
    public void The_date_said_beside_an_event_or_drawn_as_a_conclusion_is_read(string text, string start, bool tentative)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Today.Date);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(tentative, reading.IsTentative);
        Assert.Equal(Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date), reading.Value);
    }

    [Fact]
    public void Since_a_year_never_overstates_the_time()
    {
        var elapsed = ElapsedTimeRecognizer.Recognize("since 2019", "en-US", Today.Date).Value;

        Assert.Equal(Duration.Between(new DateOnly(2019, 12, 31), Today.Date), elapsed);
        Assert.True(elapsed < Duration.Between(new DateOnly(2019, 1, 1), Today.Date));
    }

    [Theory]
    [InlineData("7 months", "en-US", 0, 7, 0, 0)]
    [InlineData("about 5 weeks", "en-US", 0, 0, 5, 0)]
    [InlineData("half a year", "en-US", 0.5, 0, 0, 0)]
    [InlineData("a year and a half", "en-US", 1.5, 0, 0, 0)]
    [InlineData("12 weeks", "en-US", 0, 0, 12, 0)]
    [InlineData("six months", "en-US", 0, 6, 0, 0)]
    [InlineData("2 years and 3 months", "en-US", 2, 3, 0, 0)]
    [InlineData("more than 3 years", "en-US", 3, 0, 0, 1)]
    [InlineData("3-4 years", "en-US", 3, 0, 0, 0)]
    [InlineData("for a couple of weeks", "en-US", 0, 0, 2, 0)]
    [InlineData("10 days", "en-US", 0, 0, 0, 10)]
    [InlineData("半年", "zh-CN", 0.5, 0, 0, 0)]
    [InlineData("两个星期", "zh-CN", 0, 0, 2, 0)]
    [InlineData("一年多", "zh-CN", 1, 0, 0, 1)]
    [InlineData("确诊三年了", "zh-CN", 3, 0, 0, 0)]
    [InlineData("一年半", "zh-CN", 1.5, 0, 0, 0)]
    [InlineData("八周", "zh-CN", 0, 0, 8, 0)]
    [InlineData("五六年", "zh-CN", 5, 0, 0, 0)]
    [InlineData("两三个月", "zh-CN", 0, 2, 0, 0)]
    [InlineData("3到4年", "zh-CN", 3, 0, 0, 0)]
    [InlineData("6 months", "zh-CN", 0, 6, 0, 0)]
    public void Reads_a_length_of_time(string text, string culture, double years, double months, double weeks, double days)
    {
        var expected = Duration.FromDays(Duration.FromYears(years).Days + Duration.FromMonths(months).Days + Duration.FromWeeks(weeks).Days + days);

        var result = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.True(result.IsRecognized, result.ToString());
        Assert.Equal(expected.Days, result.Value.Days, 6);
    }

    [Theory]
    [InlineData("almost 2 years", "en-US", 2)]
    [InlineData("nearly a year", "en-US", 1)]
    [InlineData("快两年了", "zh-CN", 2)]
    public void Almost_is_just_under_the_figure(string text, string culture, double years)
    {
        var result = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.Equal(Duration.FromYears(years).Days - 1, result.Value.Days, 6);
    }

    [Fact]
    public void Of_several_times_the_shortest_is_taken()
    {
        var result = ElapsedTimeRecognizer.Recognize("diagnosed 6 months ago and on prednisone for 8 weeks", "en-US", Today.Date);

        Assert.Equal(Recognition.Of(Duration.FromWeeks(8)), result);
    }

    [Theory]
    [InlineData("in 2030", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("next year", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("tomorrow", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("2030年", "zh-CN", RecognitionProblem.OutOfRange)]
    [InlineData("since 1800", "en-US", RecognitionProblem.OutOfRange)]
    [InlineData("less than 6 months", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("under a year", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("within the last year", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("不到一年", "zh-CN", RecognitionProblem.Ambiguous)]
    [InlineData("after 2020", "en-US", RecognitionProblem.Ambiguous)]
    [InlineData("this year", "en-US", RecognitionProblem.ThisYear)]
    [InlineData("3", "en-US", RecognitionProblem.MissingUnit)]
    [InlineData("三", "zh-CN", RecognitionProblem.MissingUnit)]
    [InlineData("a while", "en-US", RecognitionProblem.NoTime)]
    [InlineData("很久", "zh-CN", RecognitionProblem.VagueNumber)]
    [InlineData("", "en-US", RecognitionProblem.Empty)]
    public void Says_what_is_wrong(string text, string culture, string problem)
    {
        Assert.Equal(problem, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);
    }

    [Theory]
    [InlineData("I don't know", "en-US")]
    [InlineData("can't remember", "en-US")]
    [InlineData("不记得了", "zh-CN")]
    [InlineData("忘了", "zh-CN")]
    public void Reads_not_knowing_as_unsure(string text, string culture)
    {
        Assert.True(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).IsUnsure);
    }

    [Fact]
    public void Measures_against_the_given_today()
    {
        var result = ElapsedTimeRecognizer.Recognize("since 2019", "en-US", new DateOnly(2020, 12, 31));

        Assert.Equal(Recognition.Of(Duration.FromDays(366)), result);
    }

    [Theory]
    [InlineData("for the last 2 months", "en-US", 2 * Duration.DaysPerMonth)]
    [InlineData("yes, same dose for the last 2 months", "en-US", 2 * Duration.DaysPerMonth)]
    [InlineData("最近两个月", "zh-CN", 2 * Duration.DaysPerMonth)]
    [InlineData("the past year", "en-US", Duration.DaysPerYear)]
    [InlineData("4 wks", "en-US", 28)]
    [InlineData("5 yrs", "en-US", 5 * Duration.DaysPerYear)]
    [InlineData("same dose 6 mos", "en-US", 6 * Duration.DaysPerMonth)]
    [InlineData("两个半月", "zh-CN", 2.5 * Duration.DaysPerMonth)]
    [InlineData("a year and a half", "en-US", 1.5 * Duration.DaysPerYear)]
    [InlineData("been on 10 mg for 4 months", "en-US", 4 * Duration.DaysPerMonth)]
    [InlineData("两年零三个月", "zh-CN", (2 * Duration.DaysPerYear) + (3 * Duration.DaysPerMonth))]
    public void Reads_everyday_lengths_with_own_rules(string text, string culture, double days)
    {
        Assert.Equal(days, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Value.Days, 6);
    }

    [Theory]
    [InlineData("more than 2 weeks", "en-US", 15)]
    [InlineData("两周多", "zh-CN", 15)]
    [InlineData("三个多星期", "zh-CN", 22)]
    [InlineData("over a decade", "en-US", (10 * Duration.DaysPerYear) + 1)]
    [InlineData("十几年了", "zh-CN", (10 * Duration.DaysPerYear) + 1)]
    public void More_than_a_figure_is_one_day_more(string text, string culture, double days)
    {
        Assert.Equal(days, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Value.Days, 6);
    }

    [Theory]
    [InlineData("diagnosed in the spring of 2019", "en-US", "2019-05-31")]
    [InlineData("since spring 2021", "en-US", "2021-05-31")]
    [InlineData("2019年春天确诊的", "zh-CN", "2019-05-31")]
    [InlineData("去年三月", "zh-CN", "2025-03-31")]
    [InlineData("last march", "en-US", "2026-03-31")]
    [InlineData("since aug", "en-US", "2026-08-31")]
    [InlineData("从今年三月开始一直是5毫克", "zh-CN", "2026-03-31")]
    [InlineData("上个月开始的", "zh-CN", "2026-10-31")]
    [InlineData("the last change was 3 weeks ago", "en-US", "2026-11-03")]
    [InlineData("最近一次调整是三个月前", "zh-CN", "2026-08-24")]
    public void Measures_months_and_seasons_from_their_last_day(string text, string culture, string start)
    {
        var expected = Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date);

        Assert.Equal(expected.Days, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Value.Days, 6);
    }

    [Theory]
    [InlineData("diagnosed this year", "en-US", RecognitionProblem.ThisYear)]
    [InlineData("今年刚确诊", "zh-CN", RecognitionProblem.ThisYear)]
    [InlineData("this month", "en-US", RecognitionProblem.ThisMonth)]
    [InlineData("since november", "en-US", RecognitionProblem.ThisMonth)]
    [InlineData("这个月刚减", "zh-CN", RecognitionProblem.ThisMonth)]
    [InlineData("since the day I was diagnosed", "en-US", RecognitionProblem.SinceEvent)]
    [InlineData("never changed", "en-US", RecognitionProblem.SinceEvent)]
    [InlineData("从来没变过", "zh-CN", RecognitionProblem.SinceEvent)]
    [InlineData("a few weeks", "en-US", RecognitionProblem.VagueNumber)]
    [InlineData("好几个月了", "zh-CN", RecognitionProblem.VagueNumber)]
    [InlineData("less than 8 weeks", "en-US", RecognitionProblem.Ambiguous)]
    public void A_vague_time_gets_a_precise_follow_up(string text, string culture, string problem)
    {
        Assert.Equal(problem, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);
    }

    [Theory]
    [InlineData("5mg twice a day")]
    [InlineData("medrol 8mg daily plus cellcept 1000 twice a day")]
    [InlineData("i take 2 a day")]
    [InlineData("3 times a week")]
    [InlineData("5 days a week")]
    [InlineData("x2 a day")]
    public void A_rate_is_no_length_of_time(string text)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today.Date);

        Assert.False(reading.IsRecognized, $"\"{text}\" read as {reading}");
    }

    [Theory]
    [InlineData("10mg a day for the last 3 months", 0, 3, 0)]
    [InlineData("5 days a week, for 2 months now", 0, 2, 0)]
    [InlineData("2 and a half years", 2.5, 0, 0)]
    [InlineData("a day", 0, 0, 1)]
    public void A_length_beside_a_rate_is_still_read(string text, double years, double months, double days)
    {
        var expected = Duration.FromYears(years).Days + Duration.FromMonths(months).Days + days;

        Assert.Equal(expected, ElapsedTimeRecognizer.Recognize(text, "en-US", Today.Date).Value.Days, 3);
    }

    [Theory]
    [InlineData("diagnosed 2019, took 3 months to get it", "en-US")]
    [InlineData("2019年确诊的，折腾了3个月才查出来", "zh-CN")]
    public void A_date_and_a_length_far_apart_are_two_times_and_the_person_is_asked_for_one(string text, string culture) =>
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);

    [Theory]
    [InlineData("说来话长，18年4月生的孩子，坐月子的时候脸上起红斑、关节疼，拖到7月去华西一查，才确诊的狼疮", "zh-CN")]
    [InlineData("Back in 2023, around my son's birthday in June", "en-US")]
    [InlineData("diagnosed 2019, had a bad flare in march", "en-US")]
    [InlineData("2015年发病，那年夏天才确诊", "zh-CN")]
    public void A_month_without_its_year_after_another_year_is_asked_for(string text, string culture) =>
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);

    [Theory]
    [InlineData("prednisone since 2018 but dose changed in june", "en-US")]
    [InlineData("2018年开始吃，不过6月减过", "zh-CN")]
    [InlineData("去年11月开始吃的，3月加过量", "zh-CN")]
    public void A_month_set_against_another_year_or_after_a_date_within_the_year_is_this_years(string text, string culture) =>
        Assert.True(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).IsRecognized);

    [Theory]
    [InlineData("since 2019, so about 7 years", "en-US")]
    [InlineData("on and off for 10 years, this time since september", "en-US")]
    public void A_date_and_a_length_that_agree_or_name_the_current_course_are_read(string text, string culture) =>
        Assert.True(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).IsRecognized);

    [Theory]
    [InlineData("2019 in june", "en-US", "2019-06-30")]
    [InlineData("2019, the spring", "en-US", "2019-05-31")]
    [InlineData("in 2019, around march", "en-US", "2019-03-31")]
    [InlineData("2019年，3月份", "zh-CN", "2019-03-31")]
    public void A_month_or_season_said_after_its_year_is_that_years(string text, string culture, string start)
    {
        var expected = Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date);

        Assert.Equal(expected.Days, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Value.Days, 0);
    }

    [Theory]
    [InlineData("i got the diagnosis 2 weeks after my wedding, wedding was july 4th", "en-US", "2026-07-18")]
    [InlineData("2024年结婚，婚后两周确诊", "zh-CN", "2025-01-14")]
    [InlineData("a week or 2 after my cousins wedding. wedding was sat 3 oct", "en-US", "2026-10-17")]
    [InlineData("about a month after my daughter was born, she was born march 2024", "en-US", "2024-04-30")]
    [InlineData("2 weeks before my birthday, which is nov 20", "en-US", "2026-11-20")]
    [InlineData("孩子5月15号出生，两周后确诊的", "zh-CN", "2026-05-29")]
    [InlineData("5月15号生完孩子，三个多星期以后确诊的", "zh-CN", "2026-06-12")]
    public void A_length_counted_after_another_event_is_taken_off_the_time_since_its_date_to_confirm(string text, string culture, string start)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.True(reading.IsTentative, reading.ToString());
        Assert.Equal(Duration.Between(DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture), Today.Date).Days, reading.Value.Days, 0);
    }

    [Theory]
    [InlineData("15 since nov 16, going down to 10 on christmas eve", "en-US")]
    [InlineData("since 16 nov. next drop is 12.5 on christmas eve", "en-US")]
    [InlineData("11月16号减到三片，下次12月24号再减半片", "zh-CN")]
    public void A_change_still_to_come_is_not_read_as_the_last_past_one(string text, string culture)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, culture, Today.Date);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(Duration.Between(new DateOnly(2026, 11, 16), Today.Date).Days, reading.Value.Days, 0);
    }

    [Theory]
    [InlineData("3 months after my wedding on nov 1", "en-US")]
    [InlineData("a year after i moved here in march", "en-US")]
    public void A_length_after_an_event_longer_than_the_time_since_its_date_is_a_second_time(string text, string culture) =>
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);

    [Theory]
    [InlineData("出院后一个月没变", 1)]
    [InlineData("出院以后两个月没调过", 2)]
    public void A_length_after_an_event_that_is_the_time_since_it_is_read(string text, int months) =>
        Assert.Equal(Duration.FromMonths(months).Days, ElapsedTimeRecognizer.Recognize(text, "zh-CN", Today.Date).Value.Days, 3);

    [Theory]
    [InlineData("went up to 10 in august", "en-US")]
    [InlineData("they put it up to 15 in september", "en-US")]
    public void A_dose_that_went_up_to_a_figure_is_no_bound_on_the_time(string text, string culture) =>
        Assert.True(ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).IsRecognized);

    [Theory]
    [InlineData("这一轮啥时候开始的记不住了")]
    [InlineData("最近好像调过一次 记不清什么时候")]
    [InlineData("吃吃停停好多年了 这一轮啥时候开始的记不住了")]
    public void Not_remembering_wins_when_no_time_is_read(string text) =>
        Assert.True(ElapsedTimeRecognizer.Recognize(text, "zh-CN", Today.Date).IsUnsure);

    [Theory]
    [InlineData("years, never really came off it", "en-US")]
    [InlineData("years, the hospital drips were on top of my usual pred", "en-US")]
    [InlineData("好几年了，一直没停", "zh-CN")]
    public void Vague_years_opening_a_longer_answer_get_the_follow_up_for_a_rough_figure(string text, string culture) =>
        Assert.Equal(RecognitionProblem.VagueNumber, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Problem);

    [Theory]
    [InlineData("doc cut it on monday, was 20 for months before that", "en-US", DayOfWeek.Monday)]
    [InlineData("since last friday", "en-US", DayOfWeek.Friday)]
    [InlineData("周三改的", "zh-CN", DayOfWeek.Wednesday)]
    public void A_day_of_the_week_is_the_latest_such_day_before_today(string text, string culture, DayOfWeek day)
    {
        var since = ((int)Today.Date.DayOfWeek - (int)day + 7) % 7;

        Assert.Equal(since == 0 ? 7 : since, ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Value.Days, 0);
    }

    [Fact]
    public void A_day_of_last_week_in_chinese_is_in_last_week() =>
        Assert.Equal(((int)Today.Date.DayOfWeek + 6) % 7 + 7, ElapsedTimeRecognizer.Recognize("上周一刚减的", "zh-CN", Today.Date).Value.Days, 0);

    [Theory]
    [InlineData("diagnosed on a monday in march 2020")]
    [InlineData("wed been on it since 2019")]
    public void A_day_of_the_week_that_is_no_particular_day_or_a_word_is_not_read(string text) =>
        Assert.True(ElapsedTimeRecognizer.Recognize(text, "en-US", Today.Date).Value.Years > 5);

    [Theory]
    [InlineData("疫情那年查出来的", "zh-CN")]
    [InlineData("新冠疫情刚开始的时候确诊的", "zh-CN")]
    [InlineData("the year covid started", "en-US")]
    public void The_year_the_pandemic_began_is_2020(string text, string culture) =>
        Assert.Equal(Duration.Between(new DateOnly(2020, 12, 31), Today.Date), ElapsedTimeRecognizer.Recognize(text, culture, Today.Date).Value);
}
