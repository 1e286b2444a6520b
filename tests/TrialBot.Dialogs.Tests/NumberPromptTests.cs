using System.Globalization;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class NumberPromptTests
{
    private static readonly PromptOptions AskAge = new() { Prompt = "How old are you?" };

    [Theory]
    [InlineData("45", 45)]
    [InlineData("forty five", 45)]
    [InlineData("I'm 45", 45)]
    [InlineData("45 years old.", 45)]
    [InlineData("  7 ", 7)]
    public async Task RecognisesEnglishNumbers(string answer, int expected)
    {
        var driver = SinglePromptDialogs.Driver(new NumberPrompt<int>("age"), AskAge);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.Equal(expected, SinglePromptDialogs.Result<int>(driver).Value);
    }

    [Theory]
    [InlineData("三十五", 35)]
    [InlineData("我今年35岁", 35)]
    public async Task UsesTheCultureOfTheActivityLocale(string answer, int expected)
    {
        var driver = SinglePromptDialogs.Driver(new NumberPrompt<int>("age"), AskAge, locale: "zh-CN");
        await driver.SayAsync("开始");

        await driver.SayAsync(answer);

        Assert.Equal(expected, SinglePromptDialogs.Result<int>(driver).Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-culture-name")]
    public async Task FallsBackToTheConfiguredDefaultCulture(string? locale)
    {
        var options = new DialogEngineOptions { DefaultCulture = CultureInfo.GetCultureInfo("zh-CN") };
        var driver = SinglePromptDialogs.Driver(new NumberPrompt<int>("age"), AskAge, options, locale: locale);
        await driver.SayAsync("开始");

        await driver.SayAsync("三十五");

        Assert.Equal(35, SinglePromptDialogs.Result<int>(driver).Value);
    }

    [Fact]
    public async Task RecognisesChineseWhateverTheThreadCulture()
    {
        // Microsoft.Recognizers.Text only works under the thread culture its models were built under (see RecognizerCulture).
        var options = new DialogEngineOptions { DefaultCulture = CultureInfo.GetCultureInfo("zh-CN") };
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var (threadCulture, answer, expected) in new[] { ("zh-CN", "三十二", 32), ("en-US", "三十三", 33), ("", "三十四", 34) })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(threadCulture);
                var driver = SinglePromptDialogs.Driver(new NumberPrompt<int>("age"), AskAge, options, locale: null);
                await driver.SayAsync("开始");

                await driver.SayAsync(answer);

                Assert.Equal(expected, SinglePromptDialogs.Result<int>(driver).Value);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task ReadsDecimalsForAFractionalType()
    {
        var driver = SinglePromptDialogs.Driver(new NumberPrompt<decimal>("weight"), new PromptOptions { Prompt = "Your weight in kg?" });
        await driver.SayAsync("start");

        await driver.SayAsync("72.5");

        Assert.Equal(72.5m, SinglePromptDialogs.Result<decimal>(driver).Value);
    }

    [Theory]
    [InlineData("quite old, sorry about that", ProblemCodes.NumberNotFound)]
    [InlineData("between 40 and 50", ProblemCodes.NumberAmbiguous)]
    [InlineData("45.5", ProblemCodes.NumberNotWhole)]
    [InlineData("99999999999", ProblemCodes.NumberOutOfRange)]
    public async Task ReasksSayingWhatWasWrong(string answer, string problemCode)
    {
        var driver = SinglePromptDialogs.Driver(new NumberPrompt<int>("age"), AskAge);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync(answer);

        Assert.Equal($"{EnglishTexts.Get(DialogTextKeys.ProblemPrefix + problemCode)}\n\n{AskAge.Prompt}", reask.Text);
        Assert.Equal(DialogTurnStatus.Waiting, driver.LastResult!.Status);
    }
}
