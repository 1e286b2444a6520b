using TrialBot.Recognition.Statements;

namespace TrialBot.Recognition.Tests;

/// <summary>Yes/no answers read as statements about the question's subject, with the scope of negation.</summary>
public class StatementReadingTests
{
    private static readonly YesNoSubject Brain = new(
        ["stroke", "epilepsy", "seizure", "seizures", "dementia", "中风", "癫痫", "脑梗"],
        [],
        ["from lupus", "caused by lupus", "狼疮引起"]);

    private static readonly YesNoSubject Transplant = new(["transplant", "donor kidney", "换过肾", "肾移植"], [], ["bone marrow biopsy"]);

    private static readonly YesNoSubject Activity = new(["active", "flares", "活动"], ["under control", "stable", "控制得", "稳定"], []);

    private static readonly YesNoSubject Kidney = new(["kidneys", "肾"], [], []);

    private static readonly YesNoSubject Symptoms = new(["active", "rashes", "rash", "joint pain", "皮疹", "关节痛"], ["under control"], []);

    private static readonly YesNoSubject OtherAutoimmune = new(
        ["type 1 diabetes", "ra", "crohns", "hashimotos", "1型糖尿病", "类风湿"],
        [],
        ["on insulin", "only levothyroxine", "打胰岛素", "用胰岛素"],
        ["methotrexate", "azathioprine", "cellcept", "甲氨蝶呤"]);

    [Theory]
    [InlineData("I have had a stroke, not from lupus", true)]
    [InlineData("I had a stroke not caused by lupus", true)]
    [InlineData("得过癫痫，不是狼疮引起的", true)]
    [InlineData("不是狼疮引起的癫痫", true)]
    [InlineData("no stroke or epilepsy", false)]
    [InlineData("中风和癫痫都没有", false)]
    [InlineData("I had seizures but they were from lupus", false)]
    [InlineData("stroke from lupus", false)]
    [InlineData("my grandmother has dementia", null)]
    public void A_negation_attaches_to_what_follows_it_in_its_clause(string text, bool? expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Brain));

    [Theory]
    [InlineData("had one seizure and they never figured out why", true)]
    [InlineData("one stroke in 2020 and they couldnt explain it", true)]
    [InlineData("seizures that never really stopped", true)]
    [InlineData("中风过一次，医生一直没说清楚原因", true)]
    [InlineData("seizures never", false)]
    [InlineData("dementia not me", false)]
    [InlineData("epilepsy never had it", false)]
    [InlineData("癫痫没得过", false)]
    public void A_negation_followed_by_a_verb_of_its_own_negates_that_verb(string text, bool expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Brain));

    [Theory]
    [InlineData("had a fit once, they never found out why", null)]
    [InlineData("抽过一次，原因一直没弄清楚", null)]
    [InlineData("I have never had anything like that", false)]
    [InlineData("nope nothing like that", false)]
    [InlineData("没有这些情况", false)]
    [InlineData("yep my bloods are never in range and i get fevers", true)]
    [InlineData("yes i never had one", null)]
    public void A_statement_naming_nothing_asked_about_is_no_no_for_a_negated_verb(string text, bool? expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Brain));

    [Theory]
    [InlineData("y, rashes that wont go away", true)]
    [InlineData("yeah my rash never clears up", true)]
    [InlineData("是的，皮疹一直不消", true)]
    public void A_negated_verb_describing_the_affirmed_thing_does_not_deny_it(string text, bool expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Symptoms));

    [Theory]
    [InlineData("type 1 diabetes on insulin", false)]
    [InlineData("type 1 diabetes on insulin and methotrexate", true)]
    [InlineData("crohns on insulin and azathioprine", true)]
    [InlineData("RA and type 1 diabetes, on insulin", true)]
    [InlineData("hashimotos, only levothyroxine, cellcept for my lupus", false)]
    [InlineData("1型糖尿病打胰岛素", false)]
    [InlineData("类风湿，用胰岛素和甲氨蝶呤", true)]
    public void A_qualifier_takes_nothing_out_beside_a_treatment_that_counts(string text, bool expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", OtherAutoimmune));

    [Theory]
    [InlineData("I had a kidney transplant in 2015", true)]
    [InlineData("kidney transplant in 2015, no problems since", true)]
    [InlineData("they gave me a donor kidney in 2016", true)]
    [InlineData("以前换过肾", true)]
    [InlineData("肾移植没做过", false)]
    [InlineData("no transplant", false)]
    [InlineData("I had a bone marrow biopsy but no transplant", false)]
    public void A_statement_about_the_subject_answers_the_question(string text, bool expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "zh-CN", Transplant));

    [Theory]
    [InlineData("not under control at all", true)]
    [InlineData("控制得不好", true)]
    [InlineData("no its under control", false)]
    [InlineData("nope stable", false)]
    [InlineData("病情稳定", false)]
    public void The_contrary_of_the_subject_answers_the_other_way(string text, bool expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Activity));

    [Theory]
    [InlineData("my kidneys are fine", false)]
    [InlineData("No, kidneys are grand", false)]
    [InlineData("kidneys are grand", false)]
    [InlineData("肾功能正常", false)]
    [InlineData("有的，肾不太好", true)]
    public void A_judgement_right_after_the_subject_says_how_it_is(string text, bool expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "zh-CN", Kidney));

    [Theory]
    [InlineData("Yeah no, nothing like that", false)]
    [InlineData("yeah nah never", false)]
    [InlineData("yeah no its been really active, rashes everywhere", true)]
    public void An_opening_yeah_no_leaves_the_rest_to_decide(string text, bool expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Activity));

    [Theory]
    [InlineData("I think so", true)]
    [InlineData("probably", true)]
    [InlineData("应该有", true)]
    [InlineData("好像是", true)]
    [InlineData("I don't think so", false)]
    [InlineData("probably not", false)]
    [InlineData("应该没有", false)]
    [InlineData("Not that I know of", false)]
    [InlineData("not to my knowledge", false)]
    [InlineData("I think I had a stroke", true)]
    public void A_hedge_gives_a_reading_to_confirm(string text, bool expected)
    {
        var reading = YesNoRecognizer.Recognize(text, "en-US", Brain);

        Assert.True(reading.IsTentative, reading.ToString());
        Assert.Equal(expected, reading.Value);
    }

    [Theory]
    [InlineData("I'm not sure they ever tested that")]
    [InlineData("never tested")]
    [InlineData("没查过")]
    [InlineData("maybe")]
    public void Not_knowing_is_unsure(string text) =>
        Assert.True(YesNoRecognizer.Recognize(text, "en-US", Brain).IsUnsure);

    [Fact]
    public void A_statement_that_says_neither_is_an_unclear_statement() =>
        Assert.Equal(YesNoRecognizer.UnclearStatement, YesNoRecognizer.Recognize("my head hurts a lot lately", "en-US", Brain).Problem);

    [Theory]
    [InlineData("no, had hemolytic anemia in 2022 but its resolved")]
    [InlineData("现在没有 去年溶血住过院 早就恢复了")]
    public void A_no_then_a_past_one_that_is_over_is_a_no_to_confirm(string text)
    {
        var reading = YesNoRecognizer.Recognize(text, "en-US", Crisis);

        Assert.True(reading.IsTentative, reading.ToString());
        Assert.False(reading.Value);
    }

    [Theory]
    [InlineData("hemolytic anemia, resolved")]
    [InlineData("no but my platelets are low right now and im on ivig")]
    public void A_past_one_that_is_over_without_a_no_or_a_no_beside_a_current_one_is_asked(string text) =>
        Assert.False(YesNoRecognizer.Recognize(text, "en-US", Crisis).IsRecognized);

    [Theory]
    [InlineData("had hemolytic anemia in 2022 but its resolved", false)]
    [InlineData("better now but still on ivig", true)]
    [InlineData("resolved in 2022, ivig again since last week", true)]
    public void The_later_of_a_thing_and_its_contrary_is_how_things_stand_now_to_confirm(string text, bool now)
    {
        var reading = YesNoRecognizer.Recognize(text, "en-US", Crisis);

        Assert.True(reading.IsRecognized && reading.IsTentative, reading.ToString());
        Assert.Equal(now, reading.Value);
    }

    [Theory]
    [InlineData("什么叫危象？应该没有吧", false, true)]
    [InlineData("does ivig count? no never had it", false, false)]
    [InlineData("what counts as a crisis? yes, hemolytic anemia right now", true, false)]
    public void A_question_asked_back_then_an_answer_is_read_for_the_answer(string text, bool expected, bool tentative)
    {
        var reading = YesNoRecognizer.Recognize(text, "zh-CN", Crisis);

        Assert.True(reading.IsRecognized, reading.ToString());
        Assert.Equal(expected, reading.Value);
        Assert.Equal(tentative, reading.IsTentative);
    }

    [Fact]
    public void Better_now_in_chinese_is_no_yes_word() =>
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize("以前抽搐过一次，医生说是狼疮脑病引起的，现在好了", "zh-CN", new YesNoSubject(["抽搐"], [], ["狼疮脑病引起"])));

    [Fact]
    public void Whether_it_is_so_asked_inside_an_answer_leaves_it_uncertain() =>
        Assert.False(YesNoRecognizer.Recognize("去年抽过两次，医生也没说清楚是不是狼疮引起的", "zh-CN", new YesNoSubject(["抽过", "癫痫"], [], ["狼疮引起"])) is { IsRecognized: true, Value: false });

    [Fact]
    public void A_chinese_question_asked_both_ways_inside_an_answer_is_neither_yes_nor_no() =>
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize("可以的，我看了好多关于CAR-T的文章，想问问我能不能参加", "zh-CN"));

    [Fact]
    public void A_plain_yes_beside_a_thing_and_its_contrary_is_the_yes_to_confirm() =>
        Assert.Equal(Recognition.Of(true).AsTentative(), YesNoRecognizer.Recognize("Yes. better now, but the ivig goes on", "en-US", Crisis));

    [Theory]
    [InlineData("had a kidney transplant, does that count? probably not", null)]
    [InlineData("had a kidney transplant, does that count?", true)]
    [InlineData("kidney transplant?", null)]
    public void A_statement_then_a_question_about_it_keeps_what_the_statement_affirms(string text, bool? expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Transplant));

    [Fact]
    public void A_statement_of_what_does_not_count_asked_about_is_a_no_to_confirm() =>
        Assert.Equal(Recognition.Of(false).AsTentative(), YesNoRecognizer.Recognize("only a bone marrow biopsy, does that count?", "en-US", Transplant));

    private static readonly YesNoSubject Crisis = new(
        ["hemolytic anemia", "platelets are low", "ivig", "溶血", "危象"],
        ["resolved", "恢复了", "better now"],
        [])
    { AsksAboutNow = true };

    private static readonly YesNoSubject EverHadBrain = new(["stroke"], ["migraines"], []);

    [Fact]
    public void A_thing_said_to_go_on_is_never_a_no_now_beside_its_contrary() =>
        Assert.False(YesNoRecognizer.Recognize("hemolytic anemia last month and still on ivig, resolved now", "en-US", Crisis) is { IsRecognized: true, Value: false });

    [Theory]
    [InlineData("stroke in 2019, just migraines now")]
    [InlineData("no, a stroke in 2019, just migraines now")]
    public void For_a_question_about_a_whole_life_a_past_one_before_its_contrary_still_stands(string text) =>
        Assert.False(YesNoRecognizer.Recognize(text, "en-US", EverHadBrain) is { IsRecognized: true, Value: false });

    [Theory]
    [InlineData("还在活动，脸上和手上起疹子，补体C3 0.58，比正常低")]
    [InlineData("yeah my c3 is lower than normal and dsdna up")]
    [InlineData("yes, complement is below normal")]
    public void A_figure_set_against_normal_is_no_normal(string text) =>
        AssertReading(true, YesNoRecognizer.Recognize(text, "en-US", ActivityOrNormal));

    [Theory]
    [InlineData("中，啥治疗啊，疼不疼？")]
    [InlineData("好，疼不疼啊？")]
    [InlineData("行，花不花钱？")]
    public void A_question_asked_both_ways_after_the_answer_is_no_no(string text) =>
        AssertReading(true, YesNoRecognizer.Recognize(text, "zh-CN"));

    [Theory]
    [InlineData("No. I forget where I put my glasses, but I'm told that's just age!")]
    [InlineData("Nope. Can't remember the last time I saw a doctor for anything but lupus lol")]
    public void A_plain_no_in_its_own_sentence_beside_a_word_of_not_knowing_is_the_no_to_confirm(string text)
    {
        var reading = YesNoRecognizer.Recognize(text, "en-US", Brain);

        Assert.True(reading.IsRecognized && !reading.Value && reading.IsTentative, reading.ToString());
    }

    [Theory]
    [InlineData("I had one seizure in March last year. Honestly nobody has told me if it was the lupus or something else")]
    [InlineData("had a seizure, the neurologist and my rheumatologist dont agree")]
    [InlineData("抽过一次，两个医生意见不一")]
    public void A_cause_the_doctors_never_settled_or_disagree_on_is_not_known(string text) =>
        Assert.True(YesNoRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Brain).IsUnsure);

    [Fact]
    public void A_plain_yes_in_its_own_first_clause_before_a_story_is_the_yes_to_confirm()
    {
        var reading = YesNoRecognizer.Recognize("係，腎炎上個月先翻發，關節都仲痛", "zh-CN", Activity);

        Assert.True(reading.IsRecognized && reading.Value && reading.IsTentative, reading.ToString());
    }

    [Theory]
    [InlineData("No. Not sure.")]
    [InlineData("No. I don't remember if it was a stroke")]
    public void A_plain_no_beside_not_knowing_about_what_is_asked_is_not_knowing(string text) =>
        Assert.True(YesNoRecognizer.Recognize(text, "en-US", Brain).IsUnsure);

    [Theory]
    [InlineData("No. I had a stroke in 2019 though")]
    [InlineData("no, a stroke in 2019, just migraines now")]
    public void A_plain_no_beside_a_story_that_affirms_the_thing_is_asked_again(string text) =>
        Assert.False(YesNoRecognizer.Recognize(text, "en-US", Brain).IsRecognized);

    [Theory]
    [InlineData("My older brother had a kidney transplant back home a few years ago", null)]
    [InlineData("No. My older brother had a kidney transplant back home a few years ago but that was him, not me.", false)]
    public void What_a_relative_named_with_a_word_before_had_is_not_the_persons(string text, bool? expected) =>
        AssertReading(expected, YesNoRecognizer.Recognize(text, "en-US", Transplant));

    [Theory]
    [InlineData("I'm honestly not sure what counts. I've had a rash on my arms since September that won't shift. Is that active?")]
    [InlineData("伐晓得算伐算，就是脸上手上的皮疹八月份到现在一直没退")]
    public void Unsure_only_whether_what_is_described_counts_is_asked_again(string text)
    {
        var reading = YesNoRecognizer.Recognize(text, text.Any(c => c > 0x2e80) ? "zh-CN" : "en-US", Symptoms);

        Assert.False(reading.IsRecognized || reading.IsUnsure, reading.ToString());
    }

    [Fact]
    public void Unsure_whether_it_counts_with_nothing_described_is_not_knowing() =>
        Assert.True(YesNoRecognizer.Recognize("not sure if this counts as a crisis", "en-US", Crisis).IsUnsure);

    [Theory]
    [InlineData("算，还在住院治疗")]
    [InlineData("算")]
    public void Counts_is_a_yes(string text) =>
        Assert.True(YesNoRecognizer.Recognize(text, "zh-CN", Crisis) is { IsRecognized: true, Value: true });

    private static readonly YesNoSubject ActivityOrNormal = new(["active", "活动", "complement", "补体"], ["under control", "normal", "正常"], []);

    private static void AssertReading(bool? expected, Recognition<bool> reading)
    {
        if (expected is null)
        {
            Assert.False(reading.IsRecognized, reading.ToString());
            return;
        }

        Assert.True(reading.IsRecognized && !reading.IsTentative, reading.ToString());
        Assert.Equal(expected, reading.Value);
    }
}

/// <summary>What is only checked, and what someone else gave the person.</summary>
public class CheckedAndGivenTests
{
    private static readonly YesNoSubject Kidney = new(["kidneys", "kidney", "肾", "nephritis", "肾炎"], [], []);
    private static readonly YesNoSubject Transplant = new(["transplant", "kidney", "移植", "肾"], [], []);

    [Theory]
    [InlineData("No, they check my kidneys every visit and they're fine.", "en-US")]
    [InlineData("they test my kidneys every visit but no nephritis", "en-US")]
    [InlineData("没有，每次都查肾功能，都正常", "zh-CN")]
    public void Being_checked_for_it_is_not_having_it(string text, string culture)
    {
        Assert.Equal(Recognition.Of(false), YesNoRecognizer.Recognize(text, culture, Kidney));
    }

    [Fact]
    public void What_is_monitored_is_there()
    {
        var dialysis = new YesNoSubject(["dialysis", "透析"], [], []);

        Assert.False(YesNoRecognizer.Recognize("they monitor my dialysis, no problems", "en-US", dialysis) is { IsRecognized: true, Value: false });
    }

    [Theory]
    [InlineData("yes they found nephritis when they checked my kidneys", "en-US")]
    [InlineData("查出肾炎了", "zh-CN")]
    public void What_a_check_found_is_still_said(string text, string culture)
    {
        Assert.Equal(Recognition.Of(true), YesNoRecognizer.Recognize(text, culture, Kidney));
    }

    [Theory]
    [InlineData("my cousin gave me a kidney in 2015", "en-US")]
    [InlineData("我哥捐给我一个肾", "zh-CN")]
    public void What_someone_else_gave_the_person_is_the_persons(string text, string culture)
    {
        Assert.True(YesNoRecognizer.Recognize(text, culture, Transplant) is { IsRecognized: true, Value: true });
    }
}
