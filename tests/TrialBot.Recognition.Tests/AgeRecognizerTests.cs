namespace TrialBot.Recognition.Tests;

public class AgeRecognizerTests
{
    [Theory]
    [InlineData("42", "en-US", 42)]
    [InlineData("forty-two", "en-US", 42)]
    [InlineData("I'm 45", "en-US", 45)]
    [InlineData("im 45 yrs", "en-US", 45)]
    [InlineData("just turned 18", "en-US", 18)]
    [InlineData("45 years old", "en-US", 45)]
    [InlineData("I am forty five", "en-US", 45)]
    [InlineData("45yo", "en-US", 45)]
    [InlineData("70", "en-US", 70)]
    [InlineData("45.5", "en-US", 45)]
    [InlineData("120", "en-US", 120)]
    [InlineData("35岁", "zh-CN", 35)]
    [InlineData("我今年三十五岁", "zh-CN", 35)]
    [InlineData("三十五", "zh-CN", 35)]
    [InlineData("我35", "zh-CN", 35)]
    [InlineData("35岁", "en-US", 35)]
    [InlineData("I'm 45", "zh-CN", 45)]
    public void Reads_an_age_in_whole_years(string text, string culture, int expected)
    {
        Assert.Equal(Recognition.Of(expected), AgeRecognizer.Recognize(text, culture));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("18 months old", 1)]
    [InlineData("3", 3)]
    public void A_childs_age_is_read_in_whole_years_and_said_back(string text, int expected) =>
        Assert.Equal(Recognition.Of(expected).AsTentative(), AgeRecognizer.Recognize(text, "en-US"));

    [Theory]
    [InlineData("0", RecognitionProblem.OutOfRange)]
    [InlineData("250", RecognitionProblem.OutOfRange)]
    [InlineData("-5", RecognitionProblem.OutOfRange)]
    [InlineData("-5 years old", RecognitionProblem.OutOfRange)]
    [InlineData("121", RecognitionProblem.OutOfRange)]
    [InlineData("1e400", RecognitionProblem.OutOfRange)]
    [InlineData("123456789012345678901234567890", RecognitionProblem.OutOfRange)]
    [InlineData("old enough", RecognitionProblem.NoNumber)]
    [InlineData("45 or 46", RecognitionProblem.VagueNumber)]
    public void Says_what_is_wrong(string text, string problem)
    {
        Assert.Equal(problem, AgeRecognizer.Recognize(text, "en-US").Problem);
    }

    [Theory]
    [InlineData("I'd rather not say... no idea", "en-US")]
    [InlineData("不知道", "zh-CN")]
    public void Reads_not_knowing_as_unsure(string text, string culture)
    {
        Assert.True(AgeRecognizer.Recognize(text, culture).IsUnsure);
    }

    [Theory]
    [InlineData("born in '92", "en-US", 34)]
    [InlineData("born in 1988", "en-US", 38)]
    [InlineData("我是88年生的", "zh-CN", 38)]
    [InlineData("九二年的", "zh-CN", 34)]
    [InlineData("两千年出生的", "zh-CN", 26)]
    public void A_year_of_birth_is_the_age_reached_this_year_to_confirm(string text, string culture, int age)
    {
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, culture, Today.Date));
    }

    [Theory]
    [InlineData("dob 3/15/1980", "en-US", 46)]
    [InlineData("born 12/20/1990", "en-US", 35)]
    [InlineData("born 9/14/54", "en-US", 72)]
    [InlineData("DOB 2/14/56", "en-US", 70)]
    [InlineData("生日是1990年12月20号", "zh-CN", 35)]
    [InlineData("born 15 July 1994", "en-US", 32)]
    [InlineData("dob oct 12 1978", "en-US", 48)]
    [InlineData("I was born on the 5th of may 2001", "en-US", 25)]
    [InlineData("born december 1st, 1990", "en-US", 35)]
    [InlineData("im 38, born in 88", "en-US", 38)]
    [InlineData("I'll be 50 next month", "en-US", 49)]
    [InlineData("明年就50了", "zh-CN", 49)]
    [InlineData("明年3月满50", "zh-CN", 49)]
    [InlineData("I'm 33 and a half", "en-US", 33)]
    [InlineData("我妈今年七十，还没满七十一，生日在五月", "zh-CN", 70)]
    [InlineData("70, not 71 yet", "en-US", 70)]
    [InlineData("17，还没满18岁", "zh-CN", 17)]
    public void Reads_the_exact_age(string text, string culture, int age)
    {
        Assert.Equal(Recognition.Of(age), AgeRecognizer.Recognize(text, culture, Today.Date));
    }

    [Theory]
    [InlineData("seventy-something", "en-US")]
    [InlineData("in my 30s", "en-US")]
    [InlineData("late 40s", "en-US")]
    [InlineData("over 60", "en-US")]
    [InlineData("七十多岁", "zh-CN")]
    [InlineData("四十出头", "zh-CN")]
    [InlineData("80后", "zh-CN")]
    [InlineData("三十五六岁", "zh-CN")]
    [InlineData("还没满18", "zh-CN")]
    public void A_rough_age_asks_for_the_figure(string text, string culture)
    {
        Assert.Equal(RecognitionProblem.VagueNumber, AgeRecognizer.Recognize(text, culture, Today.Date).Problem);
    }

    [Theory]
    [InlineData("41 (42 in feb)", "en-US", 41)]
    [InlineData("70, 71 next june", "en-US", 70)]
    [InlineData("17, 18 in 2 weeks", "en-US", 17)]
    [InlineData("今年69，下个月满70", "zh-CN", 69)]
    [InlineData("69岁 过完年70", "zh-CN", 69)]
    [InlineData("41 明年2月就42了", "zh-CN", 41)]
    [InlineData("I'm 70, 71 on the 3rd of March", "en-US", 70)]
    [InlineData("41 (42 on valentines day)", "en-US", 41)]
    [InlineData("52, 53 on the 12th of march", "en-US", 52)]
    [InlineData("今年46了。先说一下，我是去年国庆前后确诊的狼疮，一开始还以为是过敏", "zh-CN", 46)]
    public void The_age_now_beside_the_next_one_is_the_age_now(string text, string culture, int age)
    {
        Assert.Equal(Recognition.Of(age), AgeRecognizer.Recognize(text, culture, Today.Date));
    }

    [Theory]
    [InlineData("41 42")]
    [InlineData("45 or 46 next month cant remember")]
    [InlineData("70 in march, 71 now")]
    public void Two_ages_without_saying_which_is_now_are_not_read(string text)
    {
        Assert.False(AgeRecognizer.Recognize(text, "en-US", Today.Date).IsRecognized);
    }

    [Theory]
    [InlineData("mid forties… 46, I always have to count", "en-US", 46)]
    [InlineData("四十多，46", "zh-CN", 46)]
    [InlineData("late 40s, 48 i think", "en-US", 48)]
    public void An_exact_age_beside_a_rough_one_is_the_exact_age_to_confirm(string text, string culture, int age) =>
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, culture, Today.Date));
}

/// <summary>An age given as the month and year of birth, worked out against today (24 November 2026).</summary>
public class AgeFromBirthMonthTests
{
    [Theory]
    [InlineData("born feb 1955, so you do the maths", "en-US", 71)]
    [InlineData("born may 2008", "en-US", 18)]
    [InlineData("dob 03/2008", "en-US", 18)]
    [InlineData("born in october of 1956", "en-US", 70)]
    [InlineData("born dec 1956", "en-US", 69)]
    [InlineData("1956年10月生的", "zh-CN", 70)]
    [InlineData("2009年3月出生的", "zh-CN", 17)]
    [InlineData("1990年十月生的", "zh-CN", 36)]
    public void The_age_is_worked_out_and_confirmed(string text, string culture, int age)
    {
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, culture, Today.Date));
    }

    [Theory]
    [InlineData("born nov 1956")]
    [InlineData("born in march 2027")]
    public void A_birthday_this_month_or_to_come_is_asked_about(string text)
    {
        Assert.Equal(RecognitionProblem.Ambiguous, AgeRecognizer.Recognize(text, "en-US", Today.Date).Problem);
    }
}

/// <summary>An age of the past or of someone else beside the age now: the age now, to confirm; one age of another time
/// alone is asked.</summary>
public class AgeBesideAPastAgeTests
{
    [Theory]
    [InlineData("50. Ive had lupus since I was 34", "en-US", 50)]
    [InlineData("50, diagnosed at 34", "en-US", 50)]
    [InlineData("i was 29 when they found it, now 41", "en-US", 41)]
    [InlineData("今年45，30岁的时候确诊的", "zh-CN", 45)]
    [InlineData("58岁确诊的，现在71了", "zh-CN", 71)]
    [InlineData("30岁发病，今年45", "zh-CN", 45)]
    [InlineData("45, got sick at 30", "en-US", 45)]
    [InlineData("58. had a stroke at 52, lupus diagnosis at 55", "en-US", 58)]
    public void The_age_now_is_read_and_confirmed(string text, string culture, int age)
    {
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, culture, Today.Date));
    }

    [Theory]
    [InlineData("58岁确诊的", "zh-CN")]
    [InlineData("got sick at 30", "en-US")]
    [InlineData("was diagnosed with lupus at 27", "en-US")]
    [InlineData("去年70", "zh-CN")]
    [InlineData("I was 70 last year", "en-US")]
    [InlineData("18 in march", "en-US")]
    [InlineData("我40，孩子12岁", "zh-CN")]
    [InlineData("45, my son is 12", "en-US")]
    [InlineData("72 by christmas", "en-US")]
    public void Only_an_age_of_another_time_is_asked(string text, string culture)
    {
        Assert.Equal(RecognitionProblem.Ambiguous, AgeRecognizer.Recognize(text, culture, Today.Date).Problem);
    }
}

/// <summary>The day of a birthday beside the age is no age.</summary>
public class AgeBesideADayOfTheYearTests
{
    [Theory]
    [InlineData("18. i turned 18 on nov 25", 18)]
    [InlineData("turned 70 on 3 march", 70)]
    [InlineData("I turned 70 in March, believe it or not", 70)]
    [InlineData("虚岁十八，周岁的话十七", 17)]
    [InlineData("周岁十七", 17)]
    public void The_age_is_read(string text, int age)
    {
        Assert.Equal(Recognition.Of(age), AgeRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Today.Date));
    }
}

/// <summary>An age said as a joke, or as dictation writes "seventy-two" ("70 to"), is said back before anything is decided on it.</summary>
public class JokingAgeTests
{
    [Theory]
    [InlineData("29 and holding 😉", 29)]
    [InlineData("70 years young!", 70)]
    [InlineData("she is 70 to", 70)]
    [InlineData("im 60 for", 60)]
    public void Is_confirmed(string text, int age)
    {
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, "en-US", Today.Date));
    }
}

/// <summary>Ages said with a story, or by a year of birth counted the Taiwanese way.</summary>
public class AgeWithMoreTests
{
    [Theory]
    [InlineData("50了。狼疮是2018年在上海仁济确诊的，一直吃强的松", 50)]
    [InlineData("93年次的，三月生日", 22)]
    [InlineData("2004年出生，三月生日", 22)]
    public void Is_read_to_confirm(string text, int age) =>
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, "zh-CN", Today.Date));

    [Fact]
    public void The_age_now_beside_the_next_in_a_sentence_of_its_own_is_the_age() =>
        Assert.Equal(Recognition.Of(69), AgeRecognizer.Recognize("69. 70 in March, I'm afraid!", "en-US", Today.Date));
}

/// <summary>A year of two figures with a word of birth after it is the year of birth, never the age.</summary>
public class TwoFigureBirthYearTests
{
    [Theory]
    [InlineData("98年发大水那年生的", 28)]
    [InlineData("81年属鸡的", 45)]
    public void Is_read_as_the_year_of_birth_to_confirm(string text, int age) =>
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, "zh-CN", Today.Date));

    [Fact]
    public void A_year_of_falling_ill_is_no_year_of_birth() =>
        Assert.False(AgeRecognizer.Recognize("我今年45，16年生病的", "zh-CN", Today.Date) is { IsRecognized: true, Value: < 18 });

    [Fact]
    public void The_third_return_of_the_zodiac_year_is_asked() =>
        Assert.False(AgeRecognizer.Recognize("今年本命年，第三个了，属马的", "zh-CN", Today.Date).IsRecognized);
}

/// <summary>Whether a reply to another question states an age at all (the birthday follow-up reads one only then).</summary>
public class StatedAgeTests
{
    [Theory]
    [InlineData("No, she turned 71 already, in February", true)]
    [InlineData("no, I'm 18 now, my birthday was last week", true)]
    [InlineData("she is 72 years old", true)]
    [InlineData("不会，她已经满71了", true)]
    [InlineData("no its feb 20", false)]
    [InlineData("不会，明年夏天才满18", false)]
    [InlineData("不是，我生日在二月份", false)]
    [InlineData("nope", false)]
    public void Only_an_age_said_as_one_is_stated(string text, bool stated) =>
        Assert.Equal(stated, AgeRecognizer.StatesAnAge(text));
}
