using System.Globalization;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Tests.Texts;

public class LocalizedTextTests
{
    private static readonly LocalizedText Greeting = new("Hello {name}", "你好，{name}");

    [Theory]
    [InlineData("zh", "你好，{name}")]
    [InlineData("zh-CN", "你好，{name}")]
    [InlineData("zh-Hans-CN", "你好，{name}")]
    [InlineData("ZH-cn", "你好，{name}")]
    [InlineData("en-US", "Hello {name}")]
    [InlineData("fr", "Hello {name}")]
    [InlineData(null, "Hello {name}")]
    public void Get_picks_chinese_for_chinese_cultures(string? culture, string expected)
    {
        Assert.Equal(expected, Greeting.Get(culture));
    }

    [Fact]
    public void Get_takes_a_culture_info()
    {
        Assert.Equal("你好，{name}", Greeting.Get(CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void With_fills_a_placeholder_per_language()
    {
        var filled = Greeting.With("name", new LocalizedText("Li Lei", "李雷"));

        Assert.Equal(new LocalizedText("Hello Li Lei", "你好，李雷"), filled);
    }

    [Fact]
    public void Joins_use_each_languages_punctuation()
    {
        LocalizedText[] items = [new("a", "甲"), new("b", "乙")];

        Assert.Equal(new LocalizedText("a, b", "甲、乙"), LocalizedText.JoinList(items));
        Assert.Equal(new LocalizedText("a; b", "甲；乙"), LocalizedText.JoinClauses(items));
        Assert.Equal(new LocalizedText("a b", "甲乙"), LocalizedText.JoinSentences(items));
    }

    [Fact]
    public void A_text_filled_and_joined_in_steps_reads_the_same_in_each_language_whichever_is_read_first()
    {
        var filled = LocalizedText.JoinSentences([Greeting.With("name", "Li").With("unused", "x"), new LocalizedText("Bye.", "再见。")]);
        var again = LocalizedText.JoinSentences([Greeting.With("name", "Li"), new LocalizedText("Bye.", "再见。")]);

        Assert.Equal("你好，Li再见。", filled.Get("zh-CN"));
        Assert.Equal("Hello Li Bye.", filled.Get("en-US"));
        Assert.Equal("Hello Li Bye.", again.En);
        Assert.Equal(filled, again);
        Assert.Equal(filled.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(filled, Greeting);
    }
}
