using Moq;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Tests;

public class TentativeAndChoiceResultTests
{
    private static readonly PromptOptions AskAge = new() { Prompt = "How old are you?", QuestionId = "age" };

    [Fact]
    public async Task A_tentative_recognition_ends_the_prompt_with_a_tentative_result_and_the_recognizer_sees_the_question_id()
    {
        var recognizer = new Mock<IPromptRecognizer<int>>();
        recognizer
            .Setup(r => r.RecognizeAsync(It.IsAny<PromptRecognitionContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Recognitions.Of(36, true));
        var driver = SinglePromptDialogs.Driver(new Prompt<int>("age", recognizer.Object), AskAge);
        await driver.SayAsync("start");

        await driver.SayAsync("born in 1990");

        var result = SinglePromptDialogs.Result<int>(driver);
        Assert.Equal(36, result.Value);
        Assert.True(result.IsTentative);
        Assert.False(result.IsChoice);
        recognizer.Verify(r => r.RecognizeAsync(It.Is<PromptRecognitionContext>(c => c.QuestionId == "age"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("yes", true)]
    [InlineData("1", true)]
    [InlineData("of course", false)]
    public async Task A_result_says_whether_the_answer_picked_a_shown_choice_exactly(string answer, bool isChoice)
    {
        var options = new PromptOptions { Prompt = "Any transplant?", Choices = [new Choice(ConfirmPrompt.YesValue, "Yes"), new Choice(ConfirmPrompt.NoValue, "No")] };
        var driver = SinglePromptDialogs.Driver(new ConfirmPrompt("transplant"), options);
        await driver.SayAsync("start");

        await driver.SayAsync(answer);

        var result = SinglePromptDialogs.Result<bool>(driver);
        Assert.True(result.Value);
        Assert.Equal(isChoice, result.IsChoice);
        Assert.False(result.IsTentative);
    }
}
