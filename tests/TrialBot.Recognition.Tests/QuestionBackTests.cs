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

    [Theory]
    [InlineData("从啥时候算呀？是22年说额是结缔组织病那会儿，还是后来确定是狼疮的时候？")]
    [InlineData("Do you mean when they said UCTD in 2022 or when they said lupus?")]
    [InlineData("what counts as the start? the first time in 2019?")]
    [InlineData("是从哪次算？")]
    public void A_message_of_questions_about_the_question_only_asks(string text) => Assert.True(QuestionBack.OnlyAsks(text));

    [Theory]
    [InlineData("3 years?")]
    [InlineData("about 3 years? maybe 4")]
    [InlineData("does that count? it was 2022 anyway")]
    [InlineData("2022年确诊的")]
    [InlineData("不知道从什么时候开始的")]
    public void A_figure_said_with_doubt_or_beside_a_statement_does_not_only_ask(string text) => Assert.False(QuestionBack.OnlyAsks(text));
}
