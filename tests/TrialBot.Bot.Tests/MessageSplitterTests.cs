using TrialBot.Bot.Outcomes;

namespace TrialBot.Bot.Tests;

public class MessageSplitterTests
{
    [Fact]
    public void A_text_that_fits_or_has_no_limit_stays_whole()
    {
        Assert.Equal(["short"], MessageSplitter.Split("short", 1600));
        Assert.Equal([new string('a', 5000)], MessageSplitter.Split(new string('a', 5000), null));
    }

    [Fact]
    public void A_long_text_is_split_between_paragraphs_first()
    {
        var first = new string('a', 900);
        var second = new string('b', 900);

        Assert.Equal([first, second], MessageSplitter.Split($"{first}\n\n{second}", 1600));
    }

    [Theory]
    [InlineData(1600)]
    [InlineData(160)]
    [InlineData(7)]
    public void No_part_is_longer_than_the_limit_and_nothing_but_separators_is_lost(int limit)
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 30).Select(index => $"Paragraph {index}: " + string.Join(' ', Enumerable.Repeat("word", index * 7)) + "\n- line\n- 狼疮" + new string('长', index * 11)));

        var parts = MessageSplitter.Split(text, limit);

        Assert.All(parts, part => Assert.InRange(part.Length, 1, limit));
        Assert.Equal(Squeeze(text), Squeeze(string.Concat(parts)));
    }

    [Fact]
    public void A_surrogate_pair_is_never_cut()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 10));

        var parts = MessageSplitter.Split(text, 5);

        Assert.All(parts, part => Assert.False(char.IsHighSurrogate(part[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    private static string Squeeze(string text) => new([.. text.Where(character => !char.IsWhiteSpace(character))]);
}
