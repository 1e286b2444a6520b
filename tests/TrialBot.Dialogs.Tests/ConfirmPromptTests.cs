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
    public async Task Recognises_english_yes_and_no(string answer, bool expected)
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.Equal(expected, SinglePromptDialogs.Result<bool>(driver).Value);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    public async Task Unsure_is_dont_know(string answer)
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        Assert.True(SinglePromptDialogs.Result<bool>(driver).IsDontKnow);
    }

    [Fact]
    public async Task Shows_yes_and_no_as_choices()
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);

        var question = await driver.SayExpectingOneReplyAsync("start");

        Assert.Equal(["Yes", "No"], question.SuggestedActions.Actions.Select(action => action.Title));
    }

    [Fact]
    public async Task The_number_of_a_shown_choice_counts_on_text_only_channels()
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent, channelId: "sms");
        await driver.SayAsync("start");

        await driver.SayAsync("2");

        Assert.False(SinglePromptDialogs.Result<bool>(driver).Value);
    }

    [Fact]
    public async Task An_unrecognised_answer_is_reasked_asking_for_yes_or_no()
    {
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("consent"), AskConsent);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync("purple");

        Assert.Equal($"{EnglishTexts.Get(DialogTextKeys.ProblemPrefix + ProblemCodes.ConfirmNotUnderstood)}\n\n{AskConsent.Prompt}", reask.Text);
    }

    [Fact]
    public async Task The_applications_recognizer_gets_the_answer_and_the_culture_of_the_activity()
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
