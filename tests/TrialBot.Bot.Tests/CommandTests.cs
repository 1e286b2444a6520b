using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class CommandTests
{
    private static async Task<(ChatDriver Driver, IReadOnlyList<Microsoft.Bot.Schema.Activity> Replies)> AtQuestionAsync(string questionId, string language = "en")
    {
        var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language), stopAt: questionId);
        return (driver, transcript.LastReplies);
    }

    [Theory]
    [InlineData("back")]
    [InlineData("Go back")]
    [InlineData("返回")]
    [InlineData("上一题")]
    public async Task Back_clears_the_last_answer_and_asks_that_question_again(string command)
    {
        var (driver, _) = await AtQuestionAsync("diagnosis-duration");
        await using var _driver = driver;

        var replies = await driver.SayAsync(command);

        Assert.Equal("diagnosis", Replies.LastQuestionId(replies));
        Assert.Contains("Question 3 of about", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal("diagnosis-duration", Replies.LastQuestionId(await driver.SayAsync("yes")));
    }

    [Fact]
    public async Task Back_at_the_first_question_says_there_is_nothing_to_go_back_to()
    {
        await using var driver = ChatDriver.Create();
        await driver.JoinAsync();

        var replies = await driver.SayAsync("back");

        Assert.Equal("There is no earlier answer to go back to.", replies[0].Text);
        Assert.Equal("consent", Replies.LastQuestionId(replies));
    }

    [Theory]
    [InlineData("en", "change my age", "50")]
    [InlineData("zh", "修改年龄", "50岁")]
    public async Task Change_my_age_asks_the_age_again_then_continues_where_the_screening_was(string language, string command, string newAge)
    {
        var (driver, _) = await AtQuestionAsync("transplant", language);
        await using var _driver = driver;

        Assert.Equal("age", Replies.LastQuestionId(await driver.SayAsync(command)));
        Assert.Equal("transplant", Replies.LastQuestionId(await driver.SayAsync(newAge)));

        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language), await driver.SayAsync(AnswerBook.Eligible(language).AnswerTo("transplant")));
        var ageCriterion = Replies.Outcome(transcript.LastReplies)!["criteria"]!.Single(criterion => (string?)criterion["id"] == "I2");
        Assert.Contains("50", (string)ageCriterion["answer"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "my kidneys are fine. oh hang on, I got the transplant one wrong earlier", "no", "Organ or stem cell transplant")]
    [InlineData("en", "No. Sorry I need to go back, I said no to the high dose question but they gave me iv steroids in hospital", "no", "Very high steroid dose recently")]
    [InlineData("zh", "肾没问题。对了，前面移植那道题我选错了", "没有", "器官或干细胞移植")]
    public async Task An_answer_that_takes_back_an_earlier_answer_asks_that_question_again_then_the_current_one(string language, string message, string earlierAnswer, string label)
    {
        var (driver, _) = await AtQuestionAsync("kidney", language);
        await using var _driver = driver;
        var earlierId = label.Contains("steroid", StringComparison.Ordinal) ? "high-dose-steroids" : "transplant";

        var replies = await driver.SayAsync(message);

        Assert.Contains(label, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(earlierId, Replies.LastQuestionId(replies));
        Assert.Equal("kidney", Replies.LastQuestionId(await driver.SayAsync(earlierAnswer)));
    }

    [Theory]
    [InlineData("no, like I said my kidneys are fine")]
    [InlineData("No transplant, no kidney problems")]
    [InlineData("没有，刚才说了肾没事")]
    public async Task An_answer_that_only_mentions_an_earlier_topic_or_repeats_itself_is_an_answer(string message)
    {
        var (driver, _) = await AtQuestionAsync("kidney", message.Any(c => c > 0x2E80) ? "zh" : "en");
        await using var _driver = driver;

        Assert.NotEqual("transplant", Replies.LastQuestionId(await driver.SayAsync(message)));
    }

    [Fact]
    public async Task Changing_a_question_not_answered_yet_says_so_and_asks_the_current_question()
    {
        var (driver, _) = await AtQuestionAsync("age");
        await using var _driver = driver;

        var replies = await driver.SayAsync("change my city");

        Assert.Equal("You have not answered that question yet.", replies[0].Text);
        Assert.Equal("age", Replies.LastQuestionId(replies));
    }

    [Fact]
    public async Task After_an_ineligible_outcome_back_takes_up_the_screening_again_with_the_other_answers()
    {
        await using var driver = ChatDriver.Create();
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish.With(("age", "16")));
        Assert.Equal("likely-ineligible", (string?)Replies.Outcome(transcript.LastReplies)!["outcome"]);

        var replies = await driver.SayAsync("back");

        Assert.Equal("age", Replies.LastQuestionId(replies));
        Assert.Equal("diagnosis", Replies.LastQuestionId(await driver.SayAsync("45")));
    }

    [Theory]
    [InlineData("en", "Is it free?", "Is it free? Will I be paid?")]
    [InlineData("zh", "参加需要费用吗？", "需要付费吗？有补贴吗？")]
    public async Task A_question_about_the_study_is_answered_and_the_same_question_asked_again(string language, string question, string faqHeading)
    {
        var (driver, asked) = await AtQuestionAsync("age", language);
        await using var _driver = driver;

        var replies = await driver.SayAsync(question);

        Assert.StartsWith(faqHeading, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(asked[^1].Text, replies[^1].Text);
        Assert.Equal("age", Replies.LastQuestionId(replies));
        Assert.Equal("diagnosis", Replies.LastQuestionId(await driver.SayAsync(AnswerBook.Eligible(language).AnswerTo("age"))));
    }

    [Theory]
    [InlineData("en", "transplant", "what counts as a transplant?", "About this question: The study does not include people who have had one of these transplants.", "no", "lupus-crisis")]
    [InlineData("zh", "cns", "偏头痛算吗？", "关于这个问题：试验信息列出的包括但不限于：", "没有", "other-autoimmune")]
    [InlineData("zh", "diagnosis-duration", "从啥时候算呀？是22年说是结缔组织病那会儿，还是后来确定是狼疮的时候？", "关于这个问题：本研究要求在筛选前至少6个月已确诊系统性红斑狼疮，从医生诊断为系统性红斑狼疮时算起", "3年", "disease-active")]
    [InlineData("en", "diagnosis-duration", "do you mean when they said UCTD in 2022 or when they said lupus?", "About this question: The study needs SLE diagnosed at least 6 months before screening, counted from when a doctor said it was SLE", "3 years", "disease-active")]
    public async Task A_question_asked_back_gets_the_questions_explanation_and_the_same_question_again(string language, string questionId, string question, string explanation, string answer, string nextQuestion)
    {
        var (driver, asked) = await AtQuestionAsync(questionId, language);
        await using var _driver = driver;

        var replies = await driver.SayAsync(question);

        Assert.StartsWith(explanation, replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(asked[^1].Text, replies[^1].Text);
        Assert.Equal(questionId, Replies.LastQuestionId(replies));
        Assert.Equal(nextQuestion, Replies.LastQuestionId(await driver.SayAsync(answer)));
    }

    [Fact]
    public async Task A_question_asked_back_that_also_answers_is_read_as_the_answer()
    {
        var (driver, _) = await AtQuestionAsync("transplant");
        await using var _driver = driver;

        var replies = await driver.SayAsync("does a dental implant count? otherwise no");

        Assert.Equal("lupus-crisis", Replies.LastQuestionId(replies));
    }

    [Fact]
    public async Task A_question_about_the_study_as_the_first_message_is_answered_before_the_greeting_and_consent_question()
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: null);

        var replies = await driver.SayAsync("What is CAR-T?");

        Assert.StartsWith("What is CAR-T / relma-cel?", replies[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Hi, I'm TrialBot", replies[1].Text, StringComparison.Ordinal);
        Assert.Equal("consent", Replies.LastQuestionId(replies));
        Assert.Equal("age", Replies.LastQuestionId(await driver.SayAsync("1")));
    }

    [Fact]
    public async Task Asking_for_Chinese_as_the_first_message_greets_in_Chinese()
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: null);

        var replies = await driver.SayAsync("中文");

        Assert.Equal("好的，我们改用中文。", replies[0].Text);
        Assert.StartsWith("您好，我是TrialBot", replies[1].Text, StringComparison.Ordinal);
        Assert.Contains("（1/22）", replies[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I take hydroxychloroquine", "high-dose-steroids")]
    [InlineData("prednisone, what does the phase mean for me", "steroid-dose")]
    public async Task A_genuine_answer_is_never_taken_for_a_question_about_the_study(string answer, string nextQuestion)
    {
        var (driver, _) = await AtQuestionAsync("treatment");
        await using var _driver = driver;

        Assert.Equal(nextQuestion, Replies.LastQuestionId(await driver.SayAsync(answer)));
    }

    [Fact]
    public async Task Asking_where_the_study_is_at_the_city_question_gets_the_sites_but_a_city_is_an_answer()
    {
        var (driver, _) = await AtQuestionAsync("location");
        await using var _driver = driver;

        var faq = await driver.SayAsync("Which hospitals are in the study?");
        var answered = await driver.SayAsync("Wuhan");
        var outcome = await driver.SayAsync("yes");

        Assert.StartsWith("Where are the study sites?", faq[0].Text, StringComparison.Ordinal);
        Assert.Equal("location", Replies.LastQuestionId(faq));
        Assert.Equal("review", Replies.LastQuestionId(answered));
        Assert.Equal("wuhan-union", (string?)Replies.Outcome(outcome)!["site"]!["id"]);
    }

    [Fact]
    public async Task Switching_language_mid_question_asks_the_same_question_in_the_new_language()
    {
        var (driver, _) = await AtQuestionAsync("diagnosis");
        await using var _driver = driver;

        var chinese = await driver.SayAsync("中文");
        var next = await driver.SayAsync("是的");
        var english = await driver.SayAsync("English");

        Assert.Equal("好的，我们改用中文。", chinese[0].Text);
        Assert.Equal("diagnosis", Replies.LastQuestionId(chinese));
        Assert.Contains("医生是否诊断您患有系统性红斑狼疮", chinese[^1].Text, StringComparison.Ordinal);
        Assert.Contains("第4题", next[^1].Text, StringComparison.Ordinal);
        Assert.Equal("OK, let's continue in English.", english[0].Text);
        Assert.Contains("How long ago were you diagnosed", english[^1].Text, StringComparison.Ordinal);
        Assert.Equal("diagnosis-duration", Replies.LastQuestionId(english));
    }

    [Fact]
    public async Task Someone_who_writes_Chinese_first_gets_Chinese_even_with_an_English_locale()
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: null);

        var replies = await driver.SayAsync("你好");

        Assert.StartsWith("您好", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("（1/22）", replies[^1].Text, StringComparison.Ordinal);
        Assert.Equal("consent", Replies.LastQuestionId(replies));
    }

    [Theory]
    [InlineData("restart")]
    [InlineData("start over")]
    [InlineData("重新开始")]
    public async Task Restart_clears_the_answers_and_asks_the_first_question(string command)
    {
        var (driver, _) = await AtQuestionAsync("transplant");
        await using var _driver = driver;

        var replies = await driver.SayAsync(command);

        Assert.Equal("consent", Replies.LastQuestionId(replies));
        Assert.Contains("Question 1 of about", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Question 2 of about", (await driver.SayAsync("yes"))[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("帮助")]
    public async Task Help_explains_the_current_question_and_asks_it_again(string command)
    {
        var (driver, asked) = await AtQuestionAsync("sledai");
        await using var _driver = driver;

        var replies = await driver.SayAsync(command);

        Assert.StartsWith("About this question: It is a number", replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(asked[^1].Text, replies[^1].Text);
        Assert.Equal("sledai", Replies.LastQuestionId(replies));
    }

    [Fact]
    public async Task Stop_ends_and_a_later_message_starts_a_new_screening()
    {
        var (driver, _) = await AtQuestionAsync("transplant");
        await using var _driver = driver;

        var stopped = await driver.SayAsync("stop");
        var later = await driver.SayAsync("hello again");

        Assert.Equal("OK, I've stopped. Send me any message if you'd like to start again.", Assert.Single(stopped).Text);
        Assert.Equal("consent", Replies.LastQuestionId(later));
    }
}
