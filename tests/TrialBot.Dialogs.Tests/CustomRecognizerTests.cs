using Moq;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Tests;

public class CustomRecognizerTests
{
    private static readonly PromptOptions AskDose = new() { Prompt = "How much prednisone do you take each day?" };

    [Fact]
    public async Task The_applications_recognizer_gets_the_trimmed_answer_and_culture()
    {
        var recognizer = new Mock<IPromptRecognizer<decimal>>();
        recognizer
            .Setup(r => r.RecognizeAsync(It.IsAny<PromptRecognitionContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Recognitions.Of(7.5m));
        var driver = SinglePromptDialogs.Driver(new Prompt<decimal>("dose", recognizer.Object), AskDose, locale: "zh-CN");
        await driver.SayAsync("开始");

        await driver.SayAsync("  每天7.5毫克 ");

        Assert.Equal(7.5m, SinglePromptDialogs.Result<decimal>(driver).Value);
        recognizer.Verify(
            r => r.RecognizeAsync(It.Is<PromptRecognitionContext>(c => c.Text == "每天7.5毫克" && c.Culture.Name == "zh-CN"), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task The_recognizers_problem_text_explains_the_reask()
    {
        var recognizer = new Mock<IPromptRecognizer<decimal>>();
        recognizer
            .Setup(r => r.RecognizeAsync(It.IsAny<PromptRecognitionContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Recognitions.NotUnderstood<decimal>("dose.noUnit", "Please include the unit, like 10 mg."));
        var driver = SinglePromptDialogs.Driver(new Prompt<decimal>("dose", recognizer.Object), AskDose);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync("10");

        Assert.Equal($"Please include the unit, like 10 mg.\n\n{AskDose.Prompt}", reask.Text);
    }

    [Fact]
    public async Task A_problem_code_without_text_is_explained_by_the_dialog_texts()
    {
        var texts = new Texts.DialogTexts().SetText(string.Empty, "problem.dose.noUnit", "Which unit is that?");
        var recognizer = new Mock<IPromptRecognizer<decimal>>();
        recognizer
            .Setup(r => r.RecognizeAsync(It.IsAny<PromptRecognitionContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Recognitions.NotUnderstood<decimal>("dose.noUnit"));
        var driver = SinglePromptDialogs.Driver(new Prompt<decimal>("dose", recognizer.Object), AskDose, new DialogEngineOptions { Texts = texts });
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync("10");

        Assert.Equal($"Which unit is that?\n\n{AskDose.Prompt}", reask.Text);
    }

    [Fact]
    public async Task The_recognizer_can_answer_dont_know()
    {
        var recognizer = new Mock<IPromptRecognizer<decimal>>();
        recognizer
            .Setup(r => r.RecognizeAsync(It.IsAny<PromptRecognitionContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Recognitions.Unsure<decimal>());
        var driver = SinglePromptDialogs.Driver(new Prompt<decimal>("dose", recognizer.Object), AskDose);
        await driver.SayAsync("start");

        await driver.SayAsync("I can't remember the dose");

        Assert.True(SinglePromptDialogs.Result<decimal>(driver).IsDontKnow);
    }
}
