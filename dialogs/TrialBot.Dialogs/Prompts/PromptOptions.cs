using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using TrialBot.Dialogs.Choices;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how. Stored with the dialog stack as plain JSON, so it holds only data; the validator, which
/// is code, is given to the prompt's constructor so that it still applies after a process restart.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>Gets the question as text (used when <see cref="PromptActivity"/> is null).</summary>
    [JsonProperty("prompt")]
    public string? Prompt { get; init; }

    /// <summary>Gets the question as a whole activity (cards, speech…); wins over <see cref="Prompt"/>.</summary>
    [JsonProperty("promptActivity")]
    public Activity? PromptActivity { get; init; }

    /// <summary>Gets the question to ask again after an answer that was not accepted, as text; defaults to the question.</summary>
    [JsonProperty("retryPrompt")]
    public string? RetryPrompt { get; init; }

    /// <summary>Gets the question to ask again as a whole activity; wins over <see cref="RetryPrompt"/>.</summary>
    [JsonProperty("retryPromptActivity")]
    public Activity? RetryPromptActivity { get; init; }

    /// <summary>Gets the choices to show with the question (rendered as the channel allows); a choice prompt picks among them.</summary>
    [JsonProperty("choices")]
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Gets how many failed answers the prompt takes before it offers "I don't know" and "Help"; null uses <see cref="DialogEngineOptions.DefaultMaxAttempts"/>.</summary>
    [JsonProperty("maxAttempts")]
    public int? MaxAttempts { get; init; }

    /// <summary>
    /// Gets the question's id. When set, every message the prompt sends (first ask, re-asks, retry-cap message) carries
    /// the entity <c>{"type": "trialbot/question", "id": QuestionId}</c> (see <see cref="QuestionEntity"/>).
    /// </summary>
    [JsonProperty("questionId")]
    public string? QuestionId { get; init; }
}
