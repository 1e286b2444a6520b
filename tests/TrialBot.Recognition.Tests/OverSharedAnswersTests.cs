using TrialBot.Recognition.Statements;

namespace TrialBot.Recognition.Tests;

/// <summary>An age given with what people add "in case it matters": a weight, a height, a blood pressure, another year.</summary>
public class AgeBesideOtherMeasuresTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("34. dx 2021", "en-US", 34)]
    [InlineData("42 (58kg, 5'4 if that matters)", "en-US", 42)]
    [InlineData("38，体重52kg（不知道要不要）", "zh-CN", 38)]
    [InlineData("55, bp 130/85 this morning", "en-US", 55)]
    [InlineData("61 yrs, 165cm 70 kilos", "en-US", 61)]
    [InlineData("47岁，2019年确诊", "zh-CN", 47)]
    public void The_age_is_read_without_the_other_measures(string text, string culture, int age)
    {
        Assert.Equal(Recognition.Of(age), AgeRecognizer.Recognize(text, culture, Today));
    }

    [Theory]
    [InlineData("I was born in May of '54", 72)]
    [InlineData("dob may 54", 72)]
    [InlineData("born feb 1955", 71)]
    public void A_month_of_birth_with_a_short_year_is_the_age_to_confirm(string text, int age)
    {
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, "en-US", Today));
    }

    [Theory]
    [InlineData("born on the 5th, 54")]
    [InlineData("born 12/05")]
    public void A_date_of_birth_not_read_is_never_an_age(string text)
    {
        Assert.False(AgeRecognizer.Recognize(text, "en-US", Today).IsRecognized);
    }

    [Theory]
    [InlineData("she's 2 years younger than me and I'm 58", "en-US")]
    [InlineData("我比我老公小5岁，他今年50", "zh-CN")]
    [InlineData("第四个本命年", "zh-CN")]
    public void An_age_told_by_another_or_by_cycles_is_asked(string text, string culture)
    {
        Assert.Equal(RecognitionProblem.Ambiguous, AgeRecognizer.Recognize(text, culture, Today).Problem);
    }

    [Theory]
    [InlineData("83年腊月生的", 42)]
    [InlineData("我妈虚岁71，属猴，56年腊月生的", 69)]
    [InlineData("83年正月生的", 43)]
    public void A_lunar_month_of_birth_is_read_on_the_calendar_it_falls_in(string text, int age)
    {
        // 腊月 of 1983 fell in January 1984: the age reached this year is 42.
        Assert.Equal(Recognition.Of(age).AsTentative(), AgeRecognizer.Recognize(text, "zh-CN", Today));
    }

    [Fact]
    public void A_full_date_of_birth_with_a_short_year_is_read()
    {
        Assert.Equal(Recognition.Of(69), AgeRecognizer.Recognize("周岁69，阳历是57年1月25号生的", "zh-CN", Today));
    }

    [Fact]
    public void A_year_of_birth_is_still_a_year_of_birth()
    {
        Assert.Equal(Recognition.Of(46).AsTentative(), AgeRecognizer.Recognize("born 1980", "en-US", Today));
    }
}

/// <summary>Whether it counts was never settled ("never said if it was the lupus or not"): not known, whatever else is said.</summary>
public class UnsettledTests
{
    private static readonly YesNoSubject Cns = new(["seizure", "stroke", "tia", "抽", "脑梗", "中风"], [], ["the lupus", "lupus", "狼疮引起"]);

    [Theory]
    [InlineData("i had one seizure in 2023. they did mri and eeg and never said if it was the lupus or not", "en-US")]
    [InlineData("had a TIA last year, they never worked out whether it was lupus", "en-US")]
    [InlineData("去年抽过两次，医生也没说清楚是不是狼疮引起的", "zh-CN")]
    [InlineData("脑梗过一次，可能是狼疮引起的，也可能是高血压，没定论", "zh-CN")]
    [InlineData("she had one seizure in 2019. they did CT and MRI but nobody told us if it was the lupus or something else. no meds for it since", "en-US")]
    [InlineData("stroke 2 yrs ago, the neuro didnt say whether lupus caused it", "en-US")]
    [InlineData("前年抽过一次筋，医生也没告诉我们是不是狼疮引起的", "zh-CN")]
    [InlineData("脑梗过，到现在都没搞清楚是不是狼疮", "zh-CN")]
    [InlineData("醫生冇用「危象」呢兩個字，但係血小板跌到得返十二，佢哋話係狼瘡搞到，而家仲打緊丙種球蛋白", "zh-CN")]
    [InlineData("they never called it a crisis but her platelets were 10 and she's still on IVIG", "en-US")]
    [InlineData("医生怀疑还有干燥综合征，上周刚做了唇腺活检，结果还没出来。要不要另外用药也还没说", "zh-CN")]
    [InlineData("not that anyones told me. but my hemoglobin keeps dropping, 8.1 last week, and theyre checking if its hemolytic. results thursday", "en-US")]
    [InlineData("医生倒没说是危象，就是这两周老胸闷气短，CT上肺里有片影子，说要排除狼疮性肺炎，下周复查", "zh-CN")]
    [InlineData("症状是没啥了，也不能说就好利索了，上个月查补体还低，医生也没说算不算活动", "zh-CN")]
    [InlineData("i dont think so, but they are testing for a clot in her head, results next week", "en-US")]
    public void Never_settling_whether_it_counts_is_not_knowing(string text, string culture)
    {
        Assert.True(YesNoRecognizer.Recognize(text, culture, Cns).IsUnsure);
    }

    [Theory]
    [InlineData("yes, had a stroke in 2019, cant remember the month", "en-US")]
    [InlineData("有，前年清明前后中过一次风，清明前还是清明后记不清了，左边手脚麻", "zh-CN")]
    [InlineData("有，中过一次风，哪年记不清了", "zh-CN")]
    [InlineData("yes a stroke, not sure if it was before or after easter", "en-US")]
    public void Doubt_about_only_the_month_or_year_of_what_happened_leaves_the_yes(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture, Cns);

        Assert.True(reading.IsRecognized && reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("yes, not sure when")]
    [InlineData("not sure")]
    public void Doubt_about_when_or_the_whole_answer_is_still_doubt(string text) =>
        Assert.True(YesNoRecognizer.Recognize(text, "en-US", Cns).IsUnsure);

    [Theory]
    [InlineData("no. they did tests to rule out a clot and it was fine")]
    [InlineData("没有，在等结果，医生说不像")]
    public void A_plain_no_beside_a_test_under_way_stands(string text)
    {
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Cns));
    }

    [Theory]
    [InlineData("She has Parkinson's, diagnosed in 2022. That's what the Sinemet is for. Nobody has ever said it's from the lupus", "en-US")]
    [InlineData("stroke. no one thinks its lupus related", "en-US")]
    public void A_disease_nobody_said_was_from_lupus_counts(string text, string culture)
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize(text, culture, new YesNoSubject(["parkinsons", "stroke"], [], ["from the lupus", "lupus related"])));
    }

    [Theory]
    [InlineData("住院那半个多月打的甲强龙，一天两次一次40，那个不算吧？出院就改口服了")]
    [InlineData("I had a stroke years ago, that doesnt count does it?")]
    [InlineData("去年脑梗了一次，这个算不算？")]
    [InlineData("中风过一次，那个算中风不？")]
    [InlineData("抽过一次，算吗？那时候还没得狼疮")]
    [InlineData("脑梗过，算不？")]
    public void A_question_whether_it_counts_presuming_not_or_asked_both_ways_is_no_no_of_its_own(string text)
    {
        var reading = YesNoRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Cns);

        Assert.False(reading.IsRecognized && !reading.Value, reading.ToString());
        Assert.False(reading.IsRecognized && !reading.IsTentative, reading.ToString());
    }

    [Theory]
    [InlineData("not a stroke, no. had a seizure last year though")]
    [InlineData("not really, but i had a seizure in 2019")]
    [InlineData("Not tablets, but in hospital they had a stroke scare")]
    public void A_no_about_something_else_before_a_but_leaves_the_rest_to_decide_to_confirm(string text)
    {
        Assert.Equal(Recognition.Tentative(true), YesNoRecognizer.Recognize(text, "en-US", Cns));
    }

    [Theory]
    [InlineData("医生没说是危象")]
    [InlineData("not that anyone told me")]
    public void A_no_that_is_only_that_nobody_said_so_is_confirmed(string text)
    {
        Assert.Equal(Recognition.Tentative(false), YesNoRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", new YesNoSubject(["crisis", "危象"], [], [])));
    }

    [Theory]
    [InlineData("nothing major 🙂")]
    [InlineData("没什么大的问题")]
    public void A_no_that_plays_something_down_is_confirmed(string text)
    {
        Assert.Equal(Recognition.Tentative(false), YesNoRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Cns));
    }

    [Theory]
    [InlineData("I can't say I've ever had anything of the sort. No.")]
    [InlineData("I cant say ive ever had a stroke or anything like it")]
    public void A_careful_no_is_a_no_to_confirm(string text)
    {
        Assert.Equal(Recognition.Tentative(false), YesNoRecognizer.Recognize(text, "en-US", Cns));
    }

    [Theory]
    [InlineData("我要是在危象里还能坐这打字？没有", "zh-CN", false)]
    [InlineData("移植？我连献血都没献过，没有", "zh-CN", false)]
    public void A_question_asked_for_effect_then_a_plain_answer_is_the_answer(string text, string culture, bool expected)
    {
        Assert.Equal(Recognition.Of(expected), YesNoRecognizer.Recognize(text, culture, Cns));
    }

    [Theory]
    [InlineData("没有吧……哦不对，其实有，最近两三个月手指关节又开始肿", "zh-CN", true)]
    [InlineData("no wait, yes, I had a stroke in 2019", "en-US", true)]
    public void An_answer_taken_back_is_replaced_by_the_one_after_it_to_confirm(string text, string culture, bool expected)
    {
        Assert.Equal(Recognition.Tentative(expected), YesNoRecognizer.Recognize(text, culture, Cns));
    }

    [Fact]
    public void A_cause_never_found_still_affirms_the_thing()
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize("had one seizure and they never figured out why", "en-US", Cns));
    }

    [Theory]
    [InlineData("No. Why, do they do a transplant in this study?", "en-US")]
    [InlineData("没有。这个研究要做移植吗？", "zh-CN")]
    public void A_question_asked_back_after_a_plain_no_states_nothing(string text, string culture)
    {
        var transplant = new YesNoSubject(["transplant", "移植"], [], []);

        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, culture, transplant));
    }

    [Theory]
    [InlineData("No. Does a kidney transplant count?", "en-US")]
    [InlineData("没有。换过肾算吗？", "zh-CN")]
    public void A_no_then_a_question_whether_it_counts_is_no_plain_no(string text, string culture)
    {
        var transplant = new YesNoSubject(["transplant", "移植", "换过肾"], [], []);

        Assert.False(YesNoRecognizer.Recognize(text, culture, transplant) is { IsRecognized: true, Value: false });
    }

    [Theory]
    [InlineData("换肾？木有", "zh-CN")]
    [InlineData("洗肾？没有没有", "zh-CN")]
    [InlineData("dialysis? nope", "en-US")]
    public void The_subject_said_back_as_a_question_then_the_answer_is_the_answer(string text, string culture)
    {
        var kidney = new YesNoSubject(["transplant", "dialysis", "换肾", "洗肾"], [], []);

        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, culture, kidney));
    }

    [Fact]
    public void The_subject_said_back_then_a_statement_is_read_whole()
    {
        var dialysis = new YesNoSubject(["dialysis", "透析"], [], []);

        Assert.True(YesNoRecognizer.Recognize("透析？一周三次", "zh-CN", dialysis) is { IsRecognized: true, Value: true });
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize("transplant n", "en-US", new YesNoSubject(["transplant"], [], [])));
    }

    [Theory]
    [InlineData("yh")]
    [InlineData("yuh")]
    public void Texted_yes_is_yes(string text)
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize(text, "en-US"));
    }
}

/// <summary>Times given as a range with "between", as alternatives, or corrected in words.</summary>
public class TimeAlternativesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("Somewhere between 7 and 9 weeks, honestly not sure", 49, 63)]
    [InlineData("between six and eight months", 182.62125, 243.495)]
    public void A_range_with_between_keeps_both_ends(string text, double shortest, double longest)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(shortest, reading.Value.Days, 3);
        Assert.Equal(longest, ElapsedTimeRecognizer.RecognizeSpan(text, "en-US", Today).Value!.Longest!.Value.Days, 3);
    }

    [Theory]
    [InlineData("mid or end of november, cant remember", "en-US")]
    [InlineData("上次复诊减的半片，11月中还是11月底我记不清了", "zh-CN")]
    public void Two_times_offered_as_alternatives_are_asked_for_one(string text, string culture)
    {
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, Today).Problem);
    }

    [Theory]
    [InlineData("Sometime this year, spring or early summer? It's a blur", "en-US")]
    [InlineData("june or july i think", "en-US")]
    [InlineData("反正是9月或者10月，具体想不起来", "zh-CN")]
    public void Two_months_or_seasons_offered_as_alternatives_are_asked_for_one(string text, string culture)
    {
        Assert.Equal(ElapsedTimeRecognizer.SeveralTimes, ElapsedTimeRecognizer.Recognize(text, culture, Today).Problem);
    }

    [Fact]
    public void A_range_of_months_keeps_both_ends()
    {
        const string Text = "Somewhere between March and June, I really can't pin it down";

        Assert.Equal(Today.DayNumber - new DateOnly(2026, 6, 30).DayNumber, ElapsedTimeRecognizer.Recognize(Text, "en-US", Today).Value.Days, 6);
        Assert.Equal(Today.DayNumber - new DateOnly(2026, 3, 31).DayNumber, ElapsedTimeRecognizer.RecognizeSpan(Text, "en-US", Today).Value!.Longest!.Value.Days, 6);
    }

    [Fact]
    public void Still_is_no_alternative()
    {
        var reading = ElapsedTimeRecognizer.Recognize("我还是吃15毫克，3个月了", "zh-CN", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(3, reading.Value.Months, 6);
    }

    [Fact]
    public void A_time_taken_back_in_words_is_replaced_by_the_one_after()
    {
        var reading = ElapsedTimeRecognizer.Recognize("Reduced from 15 to 12.5 last Wednesday... sorry no, the Wednesday before that, 25 Nov", "en-US", Today);

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.Equal(11, reading.Value.Days, 6);
    }

    [Theory]
    [InlineData("diagnosed 2019, sorry for the typo", 2532)]
    [InlineData("the wednesday before last", 11)]
    [InlineData("wednesday nov 25", 11)]
    [InlineData("three weeks ago Friday", 23)]
    [InlineData("a week ago monday", 13)]
    public void Other_words_of_a_correction_or_a_weekday_keep_their_reading(string text, double days)
    {
        var reading = ElapsedTimeRecognizer.Recognize(text, "en-US", Today);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(days, reading.Value.Days, 6);
    }
}
