using TrialBot.Dialogs.Channels;

namespace TrialBot.Dialogs.Tests;

public sealed class MessageSplitterTests
{
    [Fact]
    public void A_text_with_no_limit_stays_whole()
    {
        Assert.Equal([new string('a', 5000)], MessageSplitter.Split(new string('a', 5000), null));
    }

    [Fact]
    public void A_text_that_fits_is_one_message()
    {
        Assert.Equal(["Short text."], MessageSplitter.Split("Short text.", 1600));
    }

    [Fact]
    public void A_text_is_cut_between_lines_before_sentences()
    {
        var text = "First line. Still the first line.\nSecond line. Still the second line.";

        var parts = MessageSplitter.Split(text, 50);

        Assert.Equal(["First line. Still the first line.", "Second line. Still the second line."], parts);
    }

    [Fact]
    public void A_text_without_lines_is_cut_after_a_sentence()
    {
        var parts = MessageSplitter.Split("One sentence here. Another sentence follows it.", 30);

        Assert.Equal(["One sentence here.", "Another sentence follows it."], parts);
    }

    [Fact]
    public void Chinese_is_cut_after_a_full_stop_though_it_has_no_spaces()
    {
        var text = "我们会问您几个问题。" + "这些问题关于您的病情和用药。" + "请如实回答。";

        var parts = MessageSplitter.Split(text, 16);

        Assert.Equal(["我们会问您几个问题。", "这些问题关于您的病情和用药。", "请如实回答。"], parts);
    }

    [Fact]
    public void A_strong_cut_early_on_gives_way_to_a_weaker_one_late_in_the_message()
    {
        var text = "Hi.\n" + string.Join(' ', Enumerable.Repeat("word", 30));

        var parts = MessageSplitter.Split(text, 60);

        Assert.True(parts[0].Length > 30, parts[0]);
        Assert.All(parts, part => Assert.True(part.Length <= 60));
    }

    [Fact]
    public void A_text_without_any_boundary_is_cut_at_the_limit_but_never_inside_a_surrogate_pair()
    {
        var text = new string('a', 9) + "😀" + new string('b', 10);

        var parts = MessageSplitter.Split(text, 10);

        Assert.Equal(new string('a', 9), parts[0]);
        Assert.StartsWith("😀", parts[1], StringComparison.Ordinal);
        Assert.Equal(text, string.Concat(parts));
    }

    [Theory]
    [InlineData(1600, 5000)]
    [InlineData(160, 1000)]
    [InlineData(7, 100)]
    public void Every_part_fits_and_nothing_but_whitespace_is_lost(int maxLength, int textLength)
    {
        var random = new Random(textLength);
        var alphabet = "abc de. f\ng。h！ 😀";
        var text = new string([.. Enumerable.Range(0, textLength).Select(_ => alphabet[random.Next(alphabet.Length)])]).Replace("\ud83d", "", StringComparison.Ordinal).Replace("\ude00", "", StringComparison.Ordinal);

        var parts = MessageSplitter.Split(text, maxLength);

        Assert.All(parts, part => Assert.InRange(part.Length, 1, maxLength));
        Assert.Equal(Squeeze(text), Squeeze(string.Concat(parts)));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
}
