namespace TrialBot.Recognition.Tests;

/// <summary>The shared Recognizers.Text models give the same answers when many conversations read at once.</summary>
public class ConcurrencyTests
{
    private static readonly (string Text, string Culture)[] Answers =
    [
        ("3 years ago", "en-US"), ("since 2019", "en-US"), ("三年前", "zh-CN"), ("2019年3月", "zh-CN"), ("half a year", "en-US"),
        ("一年多", "zh-CN"), ("45 years old", "en-US"), ("我今年三十五岁", "zh-CN"), ("forty-two", "en-US"), ("七点五", "zh-CN"),
    ];

    [Fact]
    public void Parallel_reading_matches_sequential_reading()
    {
        var sequential = Answers.Select(Read).ToList();

        var parallel = new string[Answers.Length * 20];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Read(Answers[i % Answers.Length]));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % Answers.Length], parallel[i]);
        }
    }

    private static string Read((string Text, string Culture) answer) =>
        $"{ElapsedTimeRecognizer.Recognize(answer.Text, answer.Culture, Today.Date)} {AgeRecognizer.Recognize(answer.Text, answer.Culture)} {NumberReader.Read(answer.Text, answer.Culture)}";
}
