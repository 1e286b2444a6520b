using System.Globalization;
using Moq;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Tests;

public class ConfirmPromptTests
{
    private static readonly PromptOptions AskConsent = new() { Prompt = "May I ask you a few questions?" };

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah!", true)]
    [InlineData("OK", true)]
    [InlineData("no", false)]
    [InlineData("Nope.", false)]
    public async Task RecognisesEnglishYesAndNo(string answer, bool expected)
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.Equal(expected, SinglePromptDialogs.Result<bool>(driver).Value);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    public async Task UnsureIsDontKnow(string answer)
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.True(SinglePromptDialogs.Result<bool>(driver).IsDontKnow);
    }

    [Fact]
    public async Task ShowsYesAndNoAsChoices()
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);

        var question = await driver.SayExpectingOneReplyAsync("start");

        Assert.Equal(["Yes", "No"], question.SuggestedActions.Actions.Select(action => action.Title));
    }

    [Fact]
    public async Task TheNumberOfAShownChoiceCountsOnTextOnlyChannels()
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent, channelId: "sms");
        await driver.SayAsync("start");

        await driver.SayAsync("2");

        Assert.False(SinglePromptDialogs.Result<bool>(driver).Value);
    }

    [Fact]
    public async Task AnUnrecognisedAnswerIsReaskedAskingForYesOrNo()
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync("purple");

        Assert.Equal($"{EnglishTexts.Get(DialogTextKeys.ProblemPrefix + ProblemCodes.ConfirmNotUnderstood)}\n\n{AskConsent.Prompt}", reask.Text);
    }

    [Fact]
    public async Task TheApplicationsRecognizerGetsTheAnswerAndTheCultureOfTheActivity()
    {
        var recognizer = new Mock<IConfirmRecognizer>();
        recognizer.Setup(r => r.Recognize("是的", It.IsAny<CultureInfo>())).Returns(ConfirmRecognition.Yes);
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent", recognizer.Object), AskConsent, locale: "zh-CN");
        await driver.SayAsync("开始");

        await driver.SayAsync("是的");

        Assert.True(SinglePromptDialogs.Result<bool>(driver).Value);
        recognizer.Verify(r => r.Recognize("是的", It.Is<CultureInfo>(culture => culture.Name == "zh-CN")), Times.Once);
    }
}
