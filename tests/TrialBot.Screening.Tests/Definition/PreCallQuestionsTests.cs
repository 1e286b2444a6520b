using System.Text.Json.Nodes;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

/// <summary>The study team's optional pre-call questions: the trial file's <c>precall</c> section.</summary>
public class PreCallQuestionsTests
{
    [Fact]
    public void The_real_definition_has_the_pre_call_questions_in_both_languages_with_short_forms()
    {
        var definition = TrialDefinitionLoader.Load(TrialFixture.DefinitionPath);

        Assert.Equal(
            ["precall.rheumatologist", "precall.prior-treatments", "precall.infections", "precall.pregnancy", "precall.records", "precall.travel", "precall.call-time"],
            definition.PreCall.Select(question => question.QuestionId));
        Assert.All(definition.PreCall, question =>
        {
            Assert.NotNull(question.ShortText);
            Assert.True(question.ShortText.En.Length < question.Text.En.Length || question.ShortText.En == question.Text.En);
            Assert.EndsWith("?", question.Text.En, StringComparison.Ordinal);
            Assert.EndsWith("？", question.Text.Zh, StringComparison.Ordinal);
        });
        Assert.Empty(definition.PreCall.Select(question => question.QuestionId).Intersect(definition.Questions.Select(question => question.Id)));
    }

    [Fact]
    public void A_file_without_the_pre_call_section_has_none()
    {
        using var variant = new DefinitionVariant(root => root.Remove("precall"));

        Assert.Empty(TrialDefinitionLoader.Load(variant.Path).PreCall);
    }

    [Theory]
    [InlineData("Call Time")]
    [InlineData("call_time")]
    public void An_id_that_is_no_kebab_case_is_refused_with_its_path(string id)
    {
        var error = DefinitionVariant.LoadError(root => root["precall"]![0]!["id"] = id);

        Assert.Equal("$.precall[0].id", error.JsonPath);
    }

    [Fact]
    public void A_twice_defined_question_and_a_missing_chinese_text_are_refused()
    {
        var twice = DefinitionVariant.LoadError(root => root["precall"]!.AsArray().Add(root["precall"]![0]!.DeepClone()));
        var noChinese = DefinitionVariant.LoadError(root => root["precall"]![1]!["text"]!.AsObject().Remove("zh"));

        Assert.Contains("defined twice", twice.Problem, StringComparison.Ordinal);
        Assert.Equal("$.precall[1].text.zh", noChinese.JsonPath);
    }
}
