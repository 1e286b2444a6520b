using System.Globalization;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class DialogTextsTests
{
    private static readonly CultureInfo ChineseChina = CultureInfo.GetCultureInfo("zh-CN");

    [Fact]
    public void Every_culture_falls_back_to_the_english_defaults()
    {
        Assert.Equal("Help", new DialogTexts().GetText(DialogTextKeys.RetryCapHelpChoice, ChineseChina));
    }

    [Fact]
    public void A_parent_culture_text_serves_its_specific_cultures()
    {
        var texts = new DialogTexts().SetText("zh", DialogTextKeys.RetryCapHelpChoice, "帮助");

        Assert.Equal("帮助", texts.GetText(DialogTextKeys.RetryCapHelpChoice, ChineseChina));
        Assert.Equal("Help", texts.GetText(DialogTextKeys.RetryCapHelpChoice, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void Phrases_accumulate_along_the_culture_chain()
    {
        const string Greetings = "phrases.greetings";
        var texts = new DialogTexts().AddPhrases(string.Empty, Greetings, "hello").AddPhrases("zh", Greetings, "你好");

        var phrases = texts.GetPhrases(Greetings, ChineseChina);

        Assert.Contains("你好", phrases);
        Assert.Contains("hello", phrases);
        Assert.DoesNotContain("你好", texts.GetPhrases(Greetings, CultureInfo.GetCultureInfo("en-US")));
    }

    [Fact]
    public void Formats_arguments_and_reports_missing_keys()
    {
        var texts = new DialogTexts();

        Assert.Equal("Please choose one of: A, B.", texts.GetText(DialogTextKeys.ChooseOneOf, ChineseChina, "A, B"));
        Assert.Null(texts.FindText("no.such.key", ChineseChina));
        Assert.Throws<InvalidOperationException>(() => texts.GetText("no.such.key", ChineseChina));
    }

    [Fact]
    public async Task A_prompt_speaks_the_persons_language()
    {
        var texts = new DialogTexts()
            .SetText("zh", DialogTextKeys.ProblemPrefix + Support.WholeYearsRecognizer.NoNumber, "我没有找到数字。");
        var driver = Support.SinglePromptDialogs.Driver(Support.SamplePrompts.Age("age"), new Prompts.PromptOptions { Prompt = "您多大年纪？" }, new DialogEngineOptions { Texts = texts }, locale: "zh-CN");
        await driver.SayAsync("开始");

        var reask = await driver.SayExpectingOneReplyAsync("蓝色");
        await driver.SayAsync("不知道");

        Assert.Equal("我没有找到数字。\n\n您多大年纪？", reask.Text);
        Assert.True(Support.SinglePromptDialogs.Result<int>(driver).IsDontKnow);
    }
}
