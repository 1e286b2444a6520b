using TrialBot.Recognition.Questions;

namespace TrialBot.Recognition.Tests;

public sealed class QuestionBackTests
{
    [Theory]
    [InlineData("what's sledai?")]
    [InlineData("wats sledai")]
    [InlineData("does a cornea transplant count")]
    [InlineData("do you mean now or ever")]
    [InlineData("偏头痛算吗？")]
    [InlineData("透析是什么")]
    [InlineData("这个什么意思")]
    [InlineData("类风湿算不算")]
    [InlineData("什么叫危象")]
    public void A_question_asked_back_is_a_question(string text) => Assert.True(QuestionBack.IsQuestion(text));

    [Theory]
    [InlineData("no never")]
    [InlineData("I had a kidney transplant in 2015")]
    [InlineData("when i was 20 i had a kidney transplant")]
    [InlineData("没有，从来没做过")]
    [InlineData("")]
    [InlineData(null)]
    public void A_statement_is_no_question(string? text) => Assert.False(QuestionBack.IsQuestion(text));
}
