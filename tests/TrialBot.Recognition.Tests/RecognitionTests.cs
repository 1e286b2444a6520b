namespace TrialBot.Recognition.Tests;

public class RecognitionTests
{
    [Fact]
    public void A_recognised_value_carries_the_value_and_no_problem()
    {
        var result = Recognition.Of(42);

        Assert.Equal(RecognitionOutcome.Recognized, result.Outcome);
        Assert.True(result.IsRecognized);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(42, value);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void Unsure_has_no_value_and_no_problem()
    {
        var result = Recognition.Unsure<int>();

        Assert.True(result.IsUnsure);
        Assert.False(result.TryGetValue(out _));
        Assert.Null(result.Problem);
    }

    [Fact]
    public void Not_understood_carries_its_problem()
    {
        var result = Recognition.NotUnderstood<int>(RecognitionProblem.NoNumber);

        Assert.Equal(RecognitionOutcome.NotUnderstood, result.Outcome);
        Assert.Equal("no-number", result.Problem);
        Assert.False(result.IsRecognized);
    }

    [Fact]
    public void Not_understood_needs_a_problem_code()
    {
        Assert.Throws<ArgumentException>(() => Recognition.NotUnderstood<int>(" "));
    }

    [Fact]
    public void Map_transforms_a_value_and_keeps_a_problem()
    {
        Assert.Equal(Recognition.Of("42"), Recognition.Of(42).Map(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Recognition.NotUnderstood<string>(RecognitionProblem.OutOfRange), Recognition.NotUnderstood<int>(RecognitionProblem.OutOfRange).Map(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Recognition.Unsure<string>(), Recognition.Unsure<int>().Map(v => "never called"));
    }

    [Fact]
    public void Bind_continues_only_from_a_value()
    {
        var calls = 0;
        Recognition<int> Next(int v)
        {
            calls++;
            return Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous);
        }

        Assert.Equal(Recognition.NotUnderstood<int>(RecognitionProblem.Ambiguous), Recognition.Of(1).Bind(Next));
        Assert.Equal(Recognition.Unsure<int>(), Recognition.Unsure<int>().Bind(Next));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void To_string_names_the_outcome()
    {
        Assert.Equal("Recognized(42)", Recognition.Of(42).ToString());
        Assert.Equal("Unsure", Recognition.Unsure<int>().ToString());
        Assert.Equal("NotUnderstood(too-long)", Recognition.NotUnderstood<int>(RecognitionProblem.TooLong).ToString());
    }
}
