namespace TrialBot.Recognition.Tests;

/// <summary>What a person was or was not told: "never heard that I have one" leans no; a double negative says neither.</summary>
public class YesNoToldTests
{
    [Theory]
    [InlineData("没听说过有", "zh-CN")]
    [InlineData("医生没说过有", "zh-CN")]
    [InlineData("never been told i have anything like that", "en-US")]
    public void Never_told_of_having_one_is_a_no_to_confirm(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture);

        Assert.True(reading.IsRecognized && !reading.Value && reading.IsTentative, reading.ToString());
    }

    [Theory]
    [InlineData("没有人说过我没有", "zh-CN")]
    [InlineData("never been told i dont have them", "en-US")]
    public void No_one_saying_one_does_not_have_it_is_not_knowing(string text, string culture)
    {
        Assert.True(YesNoRecognizer.Recognize(text, culture).IsUnsure);
    }

    [Fact]
    public void Never_heard_of_it_alone_is_still_not_knowing()
    {
        Assert.True(YesNoRecognizer.Recognize("没听说过", "zh-CN").IsUnsure);
    }
}

/// <summary>What is said only of the future states nothing about what is or has been.</summary>
public class YesNoFutureTests
{
    private static readonly Statements.YesNoSubject Dialysis = new(["dialysis", "透析"], [], []);

    [Theory]
    [InlineData("以后可能需要透析，目前还没做", "zh-CN")]
    [InlineData("doc says i might need dialysis eventually, not yet tho", "en-US")]
    [InlineData("not yet but will have to start next month", "en-US")]
    public void A_future_one_beside_not_yet_is_a_no(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture, Dialysis);

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }

    [Theory]
    [InlineData("yes 3 times a week, will need it for life", "en-US")]
    [InlineData("在透析，以后要换肾", "zh-CN")]
    [InlineData("确诊以后一直透析", "zh-CN")]
    [InlineData("eventually started dialysis in 2024", "en-US")]
    public void One_now_beside_a_future_one_is_still_a_yes(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture, Dialysis);

        Assert.True(reading.IsRecognized && reading.Value, reading.ToString());
    }
}

/// <summary>A double negative that affirms is a yes, said back to confirm.</summary>
public class YesNoDoubleNegativeTests
{
    [Theory]
    [InlineData("its not like im not on dialysis, i go twice a wk", "en-US")]
    [InlineData("can't say I don't — I've got crohn's as well", "en-US")]
    [InlineData("也不是没做过，换过一个肾", "zh-CN")]
    [InlineData("不能说没有吧，强直性脊柱炎，打修美乐", "zh-CN")]
    public void It_is_a_yes_to_confirm(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture);

        Assert.True(reading.IsRecognized && reading.Value && reading.IsTentative, reading.ToString());
    }
}

/// <summary>A question asked back in one Chinese clause, then the answer: the answer.</summary>
public class YesNoQuestionBackTests
{
    private static readonly Statements.YesNoSubject Crisis = new(["危象", "抢救"], [], []);

    [Fact]
    public void The_answer_after_the_question_is_read()
    {
        var reading = YesNoRecognizer.Recognize("危象是指很严重、要住院抢救那种吗？那我没有", "zh-CN", Crisis);

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }
}

/// <summary>A judgement of the thing asked about, a few words after it: "my kidneys have always been normal".</summary>
public class YesNoJudgementTests
{
    private static readonly Statements.YesNoSubject Kidneys = new(["kidneys", "kidney"], [], []);

    [Theory]
    [InlineData("No, my kidneys have always been normal.")]
    [InlineData("No, my kidneys have been checked and they are fine.")]
    public void A_good_judgement_denies_it(string text)
    {
        var reading = YesNoRecognizer.Recognize(text, "en-US", Kidneys);

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }
}

/// <summary>A treatment judged good is one the person has; a condition judged good is one they do not.</summary>
public class YesNoTreatmentJudgedTests
{
    private static readonly Statements.YesNoSubject Transplant = new(["transplant", "kidney transplant", "移植", "换肾"], [], []) { AboutIsTreatment = true };

    [Theory]
    [InlineData("my kidney transplant is fine", "en-US")]
    [InlineData("had a kidney transplant and its fine", "en-US")]
    [InlineData("换肾以后一直挺好的", "zh-CN")]
    public void A_treatment_said_to_be_fine_is_a_yes(string text, string culture)
    {
        var reading = YesNoRecognizer.Recognize(text, culture, Transplant);

        Assert.True(reading.IsRecognized && reading.Value, reading.ToString());
    }

    [Fact]
    public void The_same_words_of_a_condition_are_a_no()
    {
        var reading = YesNoRecognizer.Recognize("my kidneys are fine", "en-US", new Statements.YesNoSubject(["kidneys"], [], []));

        Assert.True(reading.IsRecognized && !reading.Value, reading.ToString());
    }
}
