using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class TextPromptTests
{
    private static readonly PromptOptions AskName = new() { Prompt = "What should I call you?" };

    [Fact]
    public async Task AcceptsAnyTextTrimmed()
    {
        var driver = SinglePromptDialogs.Driver(new TextPrompt("name"), AskName);
        await driver.SayAsync("start");

        await driver.SayAsync("  Li Wei  ");

        Assert.Equal("Li Wei", SinglePromptDialogs.Result<string>(driver).Value);
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("Not sure.")]
    [InlineData("idk")]
    [InlineData("dk")]
    [InlineData("dunno sorry")]
    [InlineData("我不清楚")]
    [InlineData("不知道啊")]
    [InlineData("I DON’T KNOW")]
    public async Task WholeDontKnowPhrasesGiveADontKnowResult(string answer)
    {
        var driver = SinglePromptDialogs.Driver(new TextPrompt("name"), AskName);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.True(SinglePromptDialogs.Result<string>(driver).IsDontKnow);
    }

    [Theory]
    [InlineData("probably")]
    [InlineData("应该是")]
    public async Task AHedgeThatLeansOneWayIsNoDontKnow(string answer)
    {
        var driver = SinglePromptDialogs.Driver(new TextPrompt("name"), AskName);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.False(SinglePromptDialogs.Result<string>(driver).IsDontKnow);
    }

    [Fact]
    public async Task ADontKnowPhraseInsideALongerAnswerIsTheAnswer()
    {
        var driver = SinglePromptDialogs.Driver(new TextPrompt("name"), AskName);
        await driver.SayAsync("start");

        await driver.SayAsync("I don't know why, but call me Lily");

        Assert.Equal("I don't know why, but call me Lily", SinglePromptDialogs.Result<string>(driver).Value);
    }

    [Fact]
    public async Task AnAnswerLongerThanTheLimitIsReasked()
    {
        var driver = SinglePromptDialogs.Driver(new TextPrompt("name"), AskName, new DialogEngineOptions { MaxInputLength = 20 });
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync(new string('a', 21));

        Assert.StartsWith(EnglishTexts.Get(DialogTextKeys.ProblemPrefix + ProblemCodes.InputTooLong), reask.Text, StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Waiting, driver.LastResult!.Status);
    }

    [Fact]
    public async Task AMessageWithoutTextIsReasked()
    {
        var driver = SinglePromptDialogs.Driver(new TextPrompt("name"), AskName);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync(" ");

        Assert.Equal($"{EnglishTexts.Get(DialogTextKeys.ProblemPrefix + ProblemCodes.InputEmpty)}\n\n{AskName.Prompt}", reask.Text);
    }
}
