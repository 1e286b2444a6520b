using System.Globalization;
using System.Reflection;
using System.Text;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Bot.Tests;

public class BotTextsTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly string[] OutcomeIds = ["likely-eligible", "likely-ineligible", "needs-review", "declined"];

    [Fact]
    public void Every_text_has_an_English_and_a_Chinese_version_that_differ()
    {
        var texts = BotTexts.Default;

        Assert.All(texts.TextKeys, key =>
        {
            var text = texts.Text(key);
            Assert.False(string.IsNullOrWhiteSpace(text.En), key);
            Assert.False(string.IsNullOrWhiteSpace(text.Zh), key);
        });
        Assert.All(texts.TextKeys.Where(key => key is not ("question.layout" or "faq.answer")), key =>
            Assert.True(texts.Text(key).En != texts.Text(key).Zh || key == "choiceListSeparator", $"'{key}' is the same in both languages."));
        Assert.All(texts.PhraseKeys, key =>
        {
            Assert.NotEmpty(texts.Phrases(key).En);
            Assert.NotEmpty(texts.Phrases(key).Zh);
        });
    }

    [Fact]
    public void The_Chinese_texts_speak_of_reading_in_a_text_chat_not_of_hearing()
    {
        var texts = BotTexts.Default;

        Assert.All(texts.TextKeys, key => Assert.DoesNotContain("听", texts.Text(key).Zh, StringComparison.Ordinal));
        Assert.Equal("抱歉，我没看明白您的意思是“是”还是“否”。", texts.Text("problem.not-yes-no").Zh);
        Assert.Equal("这个数字看起来不太对。", texts.Text("problem.out-of-range").Zh);
    }

    [Fact]
    public void The_greetings_give_Shanghai_as_the_listings_location_and_Wuhan_only_through_its_investigators()
    {
        var greeting = BotTexts.Default.Text("greeting");
        var shortGreeting = BotTexts.Default.Text("greeting.short");

        Assert.Contains("the listing gives Shanghai, China, as its location and also lists investigators in Wuhan", greeting.En, StringComparison.Ordinal);
        Assert.Contains("试验信息列出的研究地点为中国上海", greeting.Zh, StringComparison.Ordinal);
        Assert.Contains("listed in Shanghai", shortGreeting.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Wuhan", shortGreeting.En, StringComparison.Ordinal);
        Assert.DoesNotContain("武汉", shortGreeting.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_key_the_code_uses_exists()
    {
        var keys = typeof(BotTextKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && !field.Name.EndsWith("Prefix", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();
        var texts = BotTexts.Default;

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.True(texts.FindText(key) is not null || texts.PhraseKeys.Contains(key), $"No text or phrase list '{key}'."));
        Assert.All(OutcomeIds, outcome => texts.Text(BotTextKeys.OutcomeNextPrefix + outcome));
    }

    [Fact]
    public void The_engine_gets_every_one_of_its_texts_in_Chinese_from_the_same_resource()
    {
        var engineKeys = typeof(DialogTextKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.Name is not (nameof(DialogTextKeys.ProblemPrefix)))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();
        var engineTexts = EngineTexts.Create(BotTexts.Default);

        Assert.All(engineKeys, key => Assert.Equal(BotTexts.Default.Text(key).Zh, engineTexts.FindText(key, Chinese)));
        Assert.All(engineKeys, key => Assert.Equal(BotTexts.Default.Text(key).En, engineTexts.FindText(key, English)));
        Assert.Equal("这不是选项之一。", engineTexts.FindText("problem.choice.notFound", Chinese));
    }

    [Theory]
    [InlineData("""{"texts": {"greeting": {"en": "Hello"}}, "phrases": {}}""", "greeting")]
    [InlineData("""{"texts": {"greeting": {"en": "Hello", "zh": " "}}, "phrases": {}}""", "greeting")]
    [InlineData("""{"texts": {}, "phrases": {"commands.help": {"en": ["help"], "zh": []}}}""", "commands.help")]
    [InlineData("""{"texts": {}}""", "phrases")]
    [InlineData("""not json""", "not valid JSON")]
    public void A_text_or_phrase_list_missing_a_language_is_refused_naming_it(string json, string named)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<InvalidDataException>(() => BotTexts.Read(stream));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
