using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class ReaskTests
{
    private static async Task<ChatDriver> AtQuestionAsync(string questionId, string language = "en")
    {
        var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");
        await ScreeningRun.RunAsync(driver, AnswerBook.Eligible(language), stopAt: questionId);
        return driver;
    }

    [Theory]
    [InlineData("en", "age", "blue", "I couldn't find a number in that.")]
    [InlineData("zh", "age", "蓝色", "我没有找到数字。")]
    [InlineData("en", "kidney.creatinine", "25", "I understood 25, but not its unit: is it mg/dL or µmol/L?")]
    [InlineData("en", "treatment", "painkillers", "Which medicine is it")]
    [InlineData("zh", "treatment", "止痛药", "具体是哪种药")]
    [InlineData("en", "steroid-dose", "hydroxychloroquine 200 mg", "That medicine is not a steroid")]
    [InlineData("en", "diagnosis", "purple", "Sorry, I didn't catch a yes or a no.")]
    [InlineData("en", "transplant", "my kidneys have been a problem for years", "Thanks, I read that, but I couldn't tell")]
    [InlineData("en", "location", "the south", "That is a large area.")]
    [InlineData("en", "sledai", "200", "That value is outside what I can accept for this question.")]
    public async Task An_answer_not_understood_is_asked_again_with_the_same_question_id_saying_what_was_wrong(string language, string questionId, string answer, string explanation)
    {
        var book = AnswerBook.Eligible(language).With(("kidney", language == "zh" ? "是" : "yes"));
        await using var driver = ChatDriver.Create(locale: language == "zh" ? "zh-CN" : "en-US");
        await ScreeningRun.RunAsync(driver, book, stopAt: questionId);

        var reask = Assert.Single(await driver.SayAsync(answer));

        Assert.Equal(questionId, Replies.LastQuestionId([reask]));
        Assert.StartsWith(explanation, reask.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task I_dont_know_is_not_an_answer_to_the_consent_question()
    {
        await using var driver = ChatDriver.Create();
        await driver.JoinAsync();

        var reask = Assert.Single(await driver.SayAsync("I don't know"));

        Assert.Equal("consent", Replies.LastQuestionId([reask]));
        Assert.StartsWith("For this question I need a yes or a no.", reask.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_three_answers_not_understood_I_dont_know_and_help_are_offered_and_I_dont_know_moves_on()
    {
        await using var driver = await AtQuestionAsync("sledai");
        await driver.SayAsync("blue");
        await driver.SayAsync("green");

        var cap = Assert.Single(await driver.SayAsync("red"));
        var moved = await driver.SayAsync("I don't know");

        Assert.Equal("sledai", Replies.LastQuestionId([cap]));
        Assert.Equal(["I don't know", "Help"], cap.SuggestedActions.Actions.Select(action => action.Title));
        Assert.Equal("iga", Replies.LastQuestionId(moved));
    }

    [Fact]
    public async Task Dont_know_phrases_of_either_language_work_in_any_conversation()
    {
        await using var driver = await AtQuestionAsync("sledai");

        Assert.Equal("iga", Replies.LastQuestionId(await driver.SayAsync("不知道")));
    }
}
