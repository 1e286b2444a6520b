namespace TrialBot.Recognition.Tests;

public class InputGuardTests
{
    [Theory]
    [InlineData("  yes  ", "yes")]
    [InlineData("7.5\tmg \r\n daily", "7.5 mg daily")]
    [InlineData("４５", "45")]
    [InlineData("ＩｇＡ ０．０５ ｇ／Ｌ", "IgA 0.05 g/L")]
    [InlineData("三十五\u3000岁", "三十五 岁")]
    [InlineData("y\u0000e\u0007s", "yes")]
    [InlineData("\u200Byes\uFEFF", "yes")]
    [InlineData("ok 👍", "ok 👍")]
    public void Normalizes(string input, string expected)
    {
        Assert.Equal(Recognition.Of(expected), InputGuard.Normalize(input));
    }

    [Fact]
    public void Drops_lone_surrogates()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate.
        var broken = string.Concat("a", char.ConvertFromUtf32(0x1F600)[..1], "b", char.ConvertFromUtf32(0x1F600)[1..]);

        Assert.Equal(Recognition.Of("ab"), InputGuard.Normalize(broken));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\t\n")]
    public void Nothing_said_is_empty(string? input)
    {
        Assert.Equal(RecognitionProblem.Empty, InputGuard.Normalize(input).Problem);
    }

    [Fact]
    public void Caps_the_length()
    {
        Assert.True(InputGuard.Normalize(new string('a', InputGuard.MaxLength)).IsRecognized);
        Assert.Equal(RecognitionProblem.TooLong, InputGuard.Normalize(new string('a', InputGuard.MaxLength + 1)).Problem);
        Assert.Equal(RecognitionProblem.TooLong, InputGuard.Normalize(new string('x', 10_000)).Problem);
    }

    [Fact]
    public void Counts_the_length_after_collapsing_whitespace()
    {
        var padded = "yes" + new string(' ', 1000) + "please";

        Assert.Equal(Recognition.Of("yes please"), InputGuard.Normalize(padded));
    }
}
