using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Tests.Support;

/// <summary>The sample conversations' prompts of their own (the engine brings only yes/no and choices): an age in whole years, and free words.</summary>
internal static class SamplePrompts
{
    /// <summary>A prompt for an age in whole years ("45", "forty five", "三十五").</summary>
    public static Prompt<int> Age(string id, PromptValidator<int>? validator = null) => new(id, new WholeYearsRecognizer(), validator);

    /// <summary>A prompt that takes any words as said.</summary>
    public static Prompt<string> Words(string id, PromptValidator<string>? validator = null) => new(id, new WordsRecognizer(), validator);

    private sealed class WordsRecognizer : IPromptRecognizer<string>
    {
        public Task<Recognition<string>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(Recognitions.Of(context.Text.Trim()));
    }
}

/// <summary>Reads one whole number with the recognition library; anything else is not understood with <see cref="NoNumber"/>.</summary>
internal sealed class WholeYearsRecognizer : IPromptRecognizer<int>
{
    /// <summary>The problem code of an answer without one whole number.</summary>
    public const string NoNumber = "age.noNumber";

    public Task<Recognition<int>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        var reading = NumberReader.Read(context.Text, context.Culture.Name);
        return Task.FromResult(reading.Outcome switch
        {
            RecognitionOutcome.Recognized when reading.Value is >= int.MinValue and <= int.MaxValue && reading.Value == Math.Truncate(reading.Value) => Recognitions.Of((int)reading.Value),
            RecognitionOutcome.Unsure => Recognitions.Unsure<int>(),
            _ => Recognitions.NotUnderstood<int>(NoNumber),
        });
    }
}
