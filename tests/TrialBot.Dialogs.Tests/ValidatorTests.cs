using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Tests.Support;
using TrialBot.Dialogs.Texts;
using TrialBot.Recognition;

namespace TrialBot.Dialogs.Tests;

public class ValidatorTests
{
    private static readonly PromptOptions AskAge = new() { Prompt = "How old are you?" };

    [Fact]
    public async Task The_validator_sees_each_attempt_with_its_count_and_outcome()
    {
        var seen = new List<(int Attempt, RecognitionOutcome Kind, int Value, string? ProblemCode)>();
        var prompt = SamplePrompts.Age("age", (attempt, _) =>
        {
            seen.Add((attempt.AttemptCount, attempt.Recognition.Outcome, attempt.Recognition.Value, attempt.Recognition.Problem));
            return Task.FromResult(attempt.Recognition.Value >= 18);
        });
        var driver = SinglePromptDialogs.Driver(prompt, AskAge);
        await driver.SayAsync("start");

        await driver.SayAsync("blue");
        await driver.SayAsync("12");
        await driver.SayAsync("30");

        Assert.Equal(
            [(1, RecognitionOutcome.NotUnderstood, 0, WholeYearsRecognizer.NoNumber), (2, RecognitionOutcome.Recognized, 12, null), (3, RecognitionOutcome.Recognized, 30, null)],
            seen);
        Assert.Equal(30, SinglePromptDialogs.Result<int>(driver).Value);
    }

    [Fact]
    public async Task A_rejection_uses_the_validators_retry_message()
    {
        var prompt = SamplePrompts.Age("age", (attempt, _) =>
        {
            attempt.RetryMessage = "You must be at least 18 to take part.";
            return Task.FromResult(attempt.Recognition.Value >= 18);
        });
        var driver = SinglePromptDialogs.Driver(prompt, AskAge);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync("12");

        Assert.Equal("You must be at least 18 to take part.\n\nHow old are you?", reask.Text);
    }

    [Fact]
    public async Task A_rejection_without_a_message_says_the_answer_was_not_accepted()
    {
        var driver = SinglePromptDialogs.Driver(SamplePrompts.Age("age", (_, _) => Task.FromResult(false)), AskAge);
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync("12");

        Assert.Equal($"{EnglishTexts.Get(DialogTextKeys.AnswerNotAccepted)}\n\nHow old are you?", reask.Text);
    }

    [Fact]
    public async Task A_validator_can_refuse_dont_know_before_the_cap()
    {
        var prompt = new ConfirmPrompt("consent", validator: (attempt, _) =>
        {
            attempt.RetryMessage = "I need a yes or a no to continue.";
            return Task.FromResult(attempt.Recognition.Outcome == RecognitionOutcome.Recognized);
        });
        var driver = SinglePromptDialogs.Driver(prompt, new PromptOptions { Prompt = "May I continue?" });
        await driver.SayAsync("start");

        var reask = await driver.SayExpectingOneReplyAsync("not sure");
        await driver.SayAsync("yes");

        Assert.Equal("I need a yes or a no to continue.\n\nMay I continue?", reask.Text);
        Assert.True(SinglePromptDialogs.Result<bool>(driver).Value);
    }

    [Fact]
    public async Task Accepting_a_not_understood_answer_still_reasks()
    {
        var driver = SinglePromptDialogs.Driver(SamplePrompts.Age("age", (_, _) => Task.FromResult(true)), AskAge);
        await driver.SayAsync("start");

        await driver.SayAsync("blue");

        Assert.Equal(DialogTurnStatus.Waiting, driver.LastResult!.Status);
    }
}
