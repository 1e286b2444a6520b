using TrialBot.Bot.Flow;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// The validators of the bot's prompts. Every answer that is not accepted is counted as a re-ask of its question id
/// (which answers the recognizers fail to understand). A screening answer must be accepted by its
/// <see cref="QuestionDefinition.Accepts"/> ("don't know" only where allowed, numbers in range); the contact questions
/// need a definite answer.
/// </summary>
internal sealed class PromptValidators
{
    private static readonly Task<bool> Accept = Task.FromResult(true);
    private static readonly Task<bool> Rejected = Task.FromResult(false);

    private readonly TrialDefinition definition;
    private readonly BotTexts texts;
    private readonly ScreeningMetrics metrics;

    /// <summary>Initializes a new instance of the <see cref="PromptValidators"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="metrics">The screening metrics.</param>
    public PromptValidators(TrialDefinition definition, BotTexts texts, ScreeningMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(metrics);
        this.definition = definition;
        this.texts = texts;
        this.metrics = metrics;
    }

    /// <summary>Validates an answer to a screening question of any kind but yes/no.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True to accept.</returns>
    public Task<bool> ScreeningAnswerAsync(PromptValidatorContext<Answer> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var question = Question(attempt.Options);
        return attempt.Recognition.Outcome switch
        {
            RecognitionOutcome.NotUnderstood => Reject(attempt, null),
            RecognitionOutcome.Unsure => question.AllowsDontKnow ? Accept : Reject(attempt, BotTextKeys.ReaskDontKnowNotAllowed),
            _ => question.Accepts(attempt.Recognition.Value!) ? Accept : Reject(attempt, BotTextKeys.ReaskOutOfRange),
        };
    }

    /// <summary>Validates an answer to a yes/no screening question.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True to accept.</returns>
    public Task<bool> ScreeningYesNoAsync(PromptValidatorContext<bool> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var question = Question(attempt.Options);
        return attempt.Recognition.Outcome switch
        {
            RecognitionOutcome.NotUnderstood => Reject(attempt, null),
            RecognitionOutcome.Unsure => question.AllowsDontKnow ? Accept : Reject(attempt, BotTextKeys.ReaskDontKnowNotAllowed),
            _ => Accept,
        };
    }

    /// <summary>Validates the reply to "So … — is that right?": anything understood is taken ("I don't know" asks the question again).</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True to accept.</returns>
    public Task<bool> UnderstoodAsync(PromptValidatorContext<UnderstoodReply> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (attempt.Recognition.Outcome == RecognitionOutcome.NotUnderstood)
        {
            return Reject(attempt, null);
        }

        var question = definition.FindQuestion(DialogIds.Confirmed(attempt.Options.QuestionId) ?? string.Empty);
        return attempt.Recognition.Value is { Correction: { } correction } && question is not null && !question.Accepts(correction)
            ? Reject(attempt, BotTextKeys.ReaskOutOfRange)
            : Accept;
    }

    /// <summary>Validates an answer that must be definite: "I don't know" is asked again.</summary>
    /// <typeparam name="T">The type of value asked for.</typeparam>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True to accept.</returns>
    public Task<bool> DefiniteAsync<T>(PromptValidatorContext<T> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.Recognition.Outcome switch
        {
            RecognitionOutcome.NotUnderstood => Reject(attempt, null),
            RecognitionOutcome.Unsure => Reject(attempt, BotTextKeys.ReaskDontKnowNotAllowed),
            _ => Accept,
        };
    }

    /// <summary>Validates a yes/no reply where "I don't know" is an answer (the birthday follow-up at the age limits).</summary>
    /// <param name="attempt">The attempt.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True to accept.</returns>
    public Task<bool> YesNoOrDontKnowAsync(PromptValidatorContext<bool> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt.Recognition.Outcome == RecognitionOutcome.NotUnderstood ? Reject(attempt, null) : Accept;
    }

    /// <summary>Counts a re-ask, explained by the text <paramref name="explanationKey"/> (null: the recognizer's own explanation).</summary>
    private Task<bool> Reject<T>(PromptValidatorContext<T> attempt, string? explanationKey)
    {
        metrics.QuestionReasked(attempt.Options.QuestionId);
        if (explanationKey is not null)
        {
            attempt.RetryMessage = texts.Get(explanationKey, attempt.Culture);
        }

        return Rejected;
    }

    private QuestionDefinition Question(PromptOptions options) =>
        definition.FindQuestion(options.QuestionId ?? string.Empty)
            ?? throw new InvalidOperationException($"A screening prompt was begun without a screening question id ('{options.QuestionId}').");
}
