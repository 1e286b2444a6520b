using System.Globalization;
using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs.Prompts;

/// <summary>What a recognizer gets: the answer's text, the person's culture, the choices shown, and the turn.</summary>
public sealed class PromptRecognitionContext
{
    /// <summary>Initializes a new instance of the <see cref="PromptRecognitionContext"/> class.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="text">The answer's text (not empty, no longer than <see cref="DialogEngineOptions.MaxInputLength"/>).</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="choices">The choices shown with the question (possibly none).</param>
    /// <param name="texts">The dialog texts, for explanations in the person's language.</param>
    public PromptRecognitionContext(ITurnContext turnContext, string text, CultureInfo culture, IReadOnlyList<Choice> choices, IDialogTexts texts)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(texts);
        TurnContext = turnContext;
        Text = text;
        Culture = culture;
        Choices = choices;
        Texts = texts;
    }

    /// <summary>Gets the turn.</summary>
    public ITurnContext TurnContext { get; }

    /// <summary>Gets the answer's text.</summary>
    public string Text { get; }

    /// <summary>Gets the person's culture (from the activity's locale, or the configured default).</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the choices shown with the question.</summary>
    public IReadOnlyList<Choice> Choices { get; }

    /// <summary>Gets the dialog texts.</summary>
    public IDialogTexts Texts { get; }

    /// <summary>Gets the id of the question asked (<see cref="PromptOptions.QuestionId"/>), when the prompt has one.</summary>
    public string? QuestionId { get; init; }
}
