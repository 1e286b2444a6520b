using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.Waterfalls;
using TrialBot.Recognition;

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>A small sample conversation: greeting, consent (confirm), age (number), closing.</summary>
internal static class SampleIntakeDialogs
{
    public const string RootId = "intake";
    public const string ConsentPromptId = "consent";
    public const string AgePromptId = "age";

    public const string Greeting = "Hello! I can tell you whether a study might suit you.";
    public const string ConsentQuestion = "May I ask you a few questions?";
    public const string AgeQuestion = "How old are you?";
    public const string AgeRetry = "Please tell me your age in years.";
    public const string AgeOutOfRange = "An age must be between 0 and 120.";
    public const string Declined = "Okay, no problem. Goodbye.";
    public const string AgeUnknown = "Thanks. The study team will ask about your age.";

    public static string Closing(int age) => $"Thanks. You are {age}.";

    public static DialogSet Create(IConfirmRecognizer? confirmRecognizer = null, PromptValidator<int>? ageValidator = null) => new DialogSet()
        .Add(new WaterfallDialog(RootId, [GreetAsync, AskAgeAsync, CloseAsync]))
        .Add(new ConfirmPrompt(ConsentPromptId, confirmRecognizer))
        .Add(SamplePrompts.Age(AgePromptId, ageValidator ?? ValidateAgeAsync));

    private static async Task<DialogTurnResult> GreetAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(Greeting, cancellationToken: cancellationToken);
        return await step.PromptAsync(ConsentPromptId, new PromptOptions { Prompt = ConsentQuestion, QuestionId = ConsentPromptId }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskAgeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var consent = (PromptResult<bool>)step.Result!;
        if (consent.IsDontKnow || !consent.Value)
        {
            await step.Context.SendActivityAsync(Declined, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.SetValue("consent", true);
        var options = new PromptOptions { Prompt = AgeQuestion, RetryPrompt = AgeRetry, QuestionId = AgePromptId };
        return await step.PromptAsync(AgePromptId, options, cancellationToken);
    }

    private static async Task<DialogTurnResult> CloseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var age = (PromptResult<int>)step.Result!;
        var consent = step.Values.GetValue<bool>("consent");
        await step.Context.SendActivityAsync(age.IsDontKnow ? AgeUnknown : Closing(age.Value), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(new IntakeSummary(consent, age.IsDontKnow ? null : age.Value), cancellationToken);
    }

    private static Task<bool> ValidateAgeAsync(PromptValidatorContext<int> attempt, CancellationToken cancellationToken)
    {
        if (attempt.Recognition.Outcome == RecognitionOutcome.Recognized && attempt.Recognition.Value is < 0 or > 120)
        {
            attempt.RetryMessage = AgeOutOfRange;
            return Task.FromResult(false);
        }

        return Task.FromResult(true);
    }
}
