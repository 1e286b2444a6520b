using System.Globalization;
using Microsoft.Bot.Builder;
using TrialBot.Recognition;

namespace TrialBot.Dialogs.Prompts;

/// <summary>One attempt at answering a prompt, as a <see cref="PromptValidator{T}"/> sees it.</summary>
/// <typeparam name="T">The type of value asked for.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, Recognition<T> recognition, int attemptCount, PromptOptions options, CultureInfo culture)
    {
        Context = turnContext;
        Recognition = recognition;
        AttemptCount = attemptCount;
        Options = options;
        Culture = culture;
    }

    /// <summary>Gets the turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>Gets what the recognizer made of the answer.</summary>
    public Recognition<T> Recognition { get; }

    /// <summary>Gets which attempt this is: 1 for the first answer to the question.</summary>
    public int AttemptCount { get; }

    /// <summary>Gets the prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>Gets the person's culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets or sets the explanation to give when the answer is not accepted (replaces the default explanation, not the question).</summary>
    public string? RetryMessage { get; set; }
}
