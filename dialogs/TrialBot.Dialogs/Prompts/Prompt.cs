using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Commands;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Texts;
using TrialBot.Recognition.Text;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and waits for an answer it can accept, recognising answers with a pluggable
/// <see cref="IPromptRecognizer{T}"/> and checking them with an optional <see cref="PromptValidator{T}"/>.
/// An answer that is not accepted is asked again with an explanation of what was wrong. After
/// <see cref="PromptOptions.MaxAttempts"/> failed answers the prompt offers "I don't know" and "Help"; picking
/// "I don't know" (or saying it, at any time) ends the prompt with a don't-know result, and an answer that still cannot
/// be accepted ends it with a don't-know result and a message saying so — never a silent skip, never an endless loop.
/// Begin it with <see cref="DialogContext.PromptAsync"/>; it ends with a <see cref="PromptResult{T}"/>.
/// </summary>
/// <typeparam name="T">The type of value asked for.</typeparam>
public class Prompt<T> : Dialog
{
    private const string AttemptsKey = "attempts";
    private const string RetryCapReachedKey = "retryCapReached";
    private const string RetryCapNumberedKey = "retryCapNumbered";

    private readonly IPromptRecognizer<T> recognizer;
    private readonly PromptValidator<T>? validator;

    /// <summary>Initializes a new instance of the <see cref="Prompt{T}"/> class.</summary>
    /// <param name="id">The prompt's id.</param>
    /// <param name="recognizer">Turns answers into values.</param>
    /// <param name="validator">Decides whether to accept an answer; when null every recognised value or "don't know" is accepted.</param>
    public Prompt(string id, IPromptRecognizer<T> recognizer, PromptValidator<T>? validator = null)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        this.recognizer = recognizer;
        this.validator = validator;
    }

    /// <inheritdoc/>
    public override string Shape => $"prompt:{typeof(T).Name}";

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="options"/> is not a usable <see cref="PromptOptions"/>.</exception>
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        if (options is not PromptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with {nameof(PromptOptions)}.", nameof(options));
        }

        var storedOptions = ReadOptions(dialogContext.ActiveDialog!);
        var problem = FindOptionsProblem(storedOptions);
        if (problem is not null)
        {
            throw new ArgumentException($"Prompt '{Id}': {problem}", nameof(options));
        }

        await PromptMessages.SendQuestionAsync(dialogContext, storedOptions, GetChoices(storedOptions, dialogContext), null, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dialogContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var instance = dialogContext.ActiveDialog!;
        var options = ReadOptions(instance);
        var text = dialogContext.Context.Activity.Text ?? string.Empty;
        var attempt = instance.Values.GetValueOrDefault(AttemptsKey, 0) + 1;
        instance.Values.SetValue(AttemptsKey, attempt);
        var retryCapReached = instance.Values.GetValueOrDefault(RetryCapReachedKey, false);

        if (retryCapReached && text.Length <= dialogContext.Options.MaxInputLength)
        {
            switch (RetryCap.Match(dialogContext, text, instance.Values.GetValueOrDefault(RetryCapNumberedKey, false)))
            {
                case RetryCapChoice.DontKnow:
                    return await dialogContext.EndDialogAsync(PromptResult.DontKnow<T>(), cancellationToken).ConfigureAwait(false);
                case RetryCapChoice.Help:
                    var help = dialogContext.Options.Commands.FindHandler(BuiltInCommands.Help) ?? BuiltInCommands.HelpAsync;
                    return await help(dialogContext, cancellationToken).ConfigureAwait(false);
            }
        }

        var choices = GetChoices(options, dialogContext);
        var outcome = await RecognizeAsync(dialogContext, text, choices, options.QuestionId, cancellationToken).ConfigureAwait(false);
        var attemptContext = new PromptValidatorContext<T>(dialogContext.Context, outcome, attempt, options, dialogContext.Culture);
        var accepted = validator is null || await validator(attemptContext, cancellationToken).ConfigureAwait(false);
        if (accepted && outcome.Outcome != RecognitionOutcome.NotUnderstood)
        {
            var isChoice = choices.Count > 0 && ChoiceMatcher.FindIndex(text, choices, dialogContext.Culture, allowNumbers: true) >= 0;
            var result = outcome.Outcome == RecognitionOutcome.Recognized ? PromptResult.Answered(outcome.Value!, outcome.IsTentative, isChoice) : PromptResult.DontKnow<T>();
            return await dialogContext.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var explanation = attemptContext.RetryMessage ?? Explain(dialogContext, outcome);
        if (retryCapReached)
        {
            await PromptMessages.SendNoticeAsync(dialogContext, options, explanation, DialogTextKeys.MovingOn, [], cancellationToken).ConfigureAwait(false);
            return await dialogContext.EndDialogAsync(PromptResult.DontKnow<T>(), cancellationToken).ConfigureAwait(false);
        }

        if (attempt >= (options.MaxAttempts ?? dialogContext.Options.DefaultMaxAttempts))
        {
            var rendering = await PromptMessages.SendNoticeAsync(dialogContext, options, explanation, DialogTextKeys.RetryCap, RetryCap.Choices(dialogContext), cancellationToken).ConfigureAwait(false);
            instance.Values.SetValue(RetryCapReachedKey, true);
            instance.Values.SetValue(RetryCapNumberedKey, rendering == ChoiceRendering.NumberedText);
            return DialogTurnResult.Waiting;
        }

        await PromptMessages.SendQuestionAsync(dialogContext, options, choices, explanation, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Called when a dialog begun on top of this prompt (an interruption, such as a confirmation) has ended: the prompt
    /// ignores that dialog's result, asks its question again and keeps waiting for its own answer.
    /// </summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">The ended dialog's result (ignored).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Waiting.</returns>
    public override async Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        await RepromptAsync(dialogContext, dialogContext.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    /// <inheritdoc/>
    public override async Task RepromptAsync(DialogContext dialogContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(instance);
        var options = ReadOptions(instance);
        await PromptMessages.SendQuestionAsync(dialogContext, options, GetChoices(options, dialogContext), null, cancellationToken).ConfigureAwait(false);

        // Numbers now refer to the question's choices again, not to the retry-cap choices.
        instance.Values.SetValue(RetryCapNumberedKey, false);
    }

    /// <inheritdoc/>
    public override bool CanResume(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            return FindOptionsProblem(ReadOptions(instance)) is null;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Returns the choices shown with the question and given to the recognizer; by default the options' choices.</summary>
    /// <param name="options">The prompt's options.</param>
    /// <param name="dialogContext">The dialog context of the turn (for texts and culture).</param>
    /// <returns>The choices.</returns>
    protected virtual IReadOnlyList<Choice> GetChoices(PromptOptions options, DialogContext dialogContext)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices;
    }

    /// <summary>Checks that options can drive this prompt; by default that there is a question.</summary>
    /// <param name="options">The prompt's options.</param>
    /// <returns>What is wrong with them, or null when they are usable.</returns>
    protected virtual string? FindOptionsProblem(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PromptActivity is null && string.IsNullOrWhiteSpace(options.Prompt) ? "the options have no question." : null;
    }

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.GetOptions<PromptOptions>() ?? throw new InvalidOperationException($"Prompt '{instance.DialogId}' has no options.");

    private static string Explain(DialogContext dialogContext, Recognition<T> outcome)
    {
        var texts = dialogContext.Options.Texts;
        return outcome.Outcome == RecognitionOutcome.NotUnderstood
            ? outcome.Explanation
                ?? texts.FindText(DialogTextKeys.ProblemPrefix + outcome.Problem, dialogContext.Culture)
                ?? texts.GetText(DialogTextKeys.NotUnderstood, dialogContext.Culture)
            : texts.GetText(DialogTextKeys.AnswerNotAccepted, dialogContext.Culture);
    }

    private async Task<Recognition<T>> RecognizeAsync(DialogContext dialogContext, string text, IReadOnlyList<Choice> choices, string? questionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Recognitions.NotUnderstood<T>(ProblemCodes.InputEmpty);
        }

        if (text.Length > dialogContext.Options.MaxInputLength)
        {
            return Recognitions.NotUnderstood<T>(ProblemCodes.InputTooLong);
        }

        if (UnsureLexicon.IsWholeAnswer(text))
        {
            return Recognitions.Unsure<T>();
        }

        var context = new PromptRecognitionContext(dialogContext.Context, text.Trim(), dialogContext.Culture, choices, dialogContext.Options.Texts) { QuestionId = questionId };
        return await recognizer.RecognizeAsync(context, cancellationToken).ConfigureAwait(false);
    }
}
