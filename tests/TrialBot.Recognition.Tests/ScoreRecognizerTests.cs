namespace TrialBot.Recognition.Tests;

public class ScoreRecognizerTests
{
    [Theory]
    [InlineData("SLEDAI-2K 12", "en-US", 12)]
    [InlineData("sledai 2k score 4", "en-US", 4)]
    [InlineData("it was 10 in october 2025", "en-US", 10)]
    [InlineData("last one was 4 on 3/12/2026", "en-US", 4)]
    [InlineData("2025年10月评的是10分", "zh-CN", 10)]
    [InlineData("最近一次8分", "zh-CN", 8)]
    [InlineData("SLEDAI-2000评分 12分", "zh-CN", 12)]
    public void Reads_the_score_beside_its_name_and_its_date(string text, string culture, double score)
    {
        Assert.Equal(Recognition.Of(score), ScoreRecognizer.Recognize(text, culture));
    }

    [Theory]
    [InlineData("Letter from SGH Rheum clinic 12 Nov: \"SLEDAI-2K 10 (arthritis 4, rash 2, alopecia 2, low complement 2)\"", "en-US", 10)]
    [InlineData("SLEDAI 12分（关节炎4，皮疹2，蛋白尿4，低补体2）", "zh-CN", 12)]
    public void A_score_with_the_items_that_add_up_to_it_is_the_score_to_confirm(string text, string culture, double score) =>
        Assert.Equal(Recognition.Of(score).AsTentative(), ScoreRecognizer.Recognize(text, culture));

    [Theory]
    [InlineData("i think it was 4", "en-US", 4)]
    [InlineData("好像是4分", "zh-CN", 4)]
    public void A_hedged_score_is_to_confirm(string text, string culture, double score)
    {
        Assert.Equal(Recognition.Of(score).AsTentative(), ScoreRecognizer.Recognize(text, culture));
    }

    [Theory]
    [InlineData("more than 8", "en-US")]
    [InlineData("6 or 8", "en-US")]
    [InlineData("10分以上", "zh-CN")]
    [InlineData("十几分", "zh-CN")]
    public void A_bound_or_a_range_asks_for_the_figure(string text, string culture)
    {
        Assert.Equal(RecognitionProblem.VagueNumber, ScoreRecognizer.Recognize(text, culture).Problem);
    }

    [Theory]
    [InlineData("no one ever told me a number")]
    [InlineData("nobody ever told me")]
    [InlineData("no")]
    [InlineData("没有")]
    public void One_as_a_pronoun_or_a_plain_no_is_no_score(string text)
    {
        Assert.True(ScoreRecognizer.Recognize(text, "en-US").IsUnsure, text);
    }

    [Fact]
    public void One_of_several_is_no_score_beside_the_figure()
    {
        Assert.Equal(Recognition.Of(12.0), ScoreRecognizer.Recognize("it was one of the higher ones, 12", "en-US"));
    }

    [Theory]
    [InlineData("I think it was 9 or 10", 9)]
    [InlineData("sledai 11-12", 11)]
    public void Two_consecutive_figures_are_the_lower_to_confirm(string text, double score) =>
        Assert.Equal(Recognition.Of(score).AsTentative(), ScoreRecognizer.Recognize(text, "en-US"));

    [Fact]
    public void The_parts_of_a_date_are_no_choice_of_scores() =>
        Assert.NotEqual(Recognition.Of(10.0).AsTentative(), ScoreRecognizer.Recognize("12 on 10/11/2025", "en-US"));
}
