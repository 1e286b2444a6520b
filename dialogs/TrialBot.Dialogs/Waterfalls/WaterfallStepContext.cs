using System.Globalization;
using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;

namespace TrialBot.Dialogs.Waterfalls;

/// <summary>What a <see cref="WaterfallStep"/> sees and can do.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog waterfall;
    private readonly DialogInstance instance;
    private bool moved;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dialogContext, DialogInstance instance, object? result)
    {
        this.waterfall = waterfall;
        this.instance = instance;
        Index = instance.Step;
        DialogContext = dialogContext;
        Result = result;
    }

    /// <summary>Gets the dialog context of the turn.</summary>
    public DialogContext DialogContext { get; }

    /// <summary>Gets the turn context.</summary>
    public ITurnContext Context => DialogContext.Context;

    /// <summary>Gets the person's culture for this turn.</summary>
    public CultureInfo Culture => DialogContext.Culture;

    /// <summary>Gets the index of this step.</summary>
    public int Index { get; }

    /// <summary>Gets the previous step's result: a prompt's <see cref="PromptResult{T}"/>, a child dialog's result, the value given to <see cref="NextAsync"/>, the text of a message, or null for the first step.</summary>
    public object? Result { get; }

    /// <summary>Gets the waterfall's values, kept across steps and turns.</summary>
    public DialogValues Values => instance.Values;

    /// <summary>Reads the options the waterfall was begun with.</summary>
    /// <typeparam name="T">The options' type.</typeparam>
    /// <returns>The options, or the default of <typeparamref name="T"/> when there were none.</returns>
    public T? GetOptions<T>() => instance.GetOptions<T>();

    /// <summary>Skips to the next step at once, giving it <paramref name="result"/>.</summary>
    /// <param name="result">The next step's <see cref="Result"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    /// <exception cref="InvalidOperationException">The step already moved on.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (moved)
        {
            throw new InvalidOperationException($"Step {Index} of waterfall '{waterfall.Id}' already moved on.");
        }

        moved = true;
        return waterfall.RunStepAsync(DialogContext, Index + 1, result, cancellationToken);
    }

    /// <summary>Runs the step at <paramref name="index"/> instead of the next one (an earlier step, to ask its question again), giving it <paramref name="result"/>.</summary>
    /// <param name="index">The step to run.</param>
    /// <param name="result">That step's <see cref="Result"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The waterfall has no step <paramref name="index"/>.</exception>
    /// <exception cref="InvalidOperationException">The step already moved on.</exception>
    public Task<DialogTurnResult> GoToAsync(int index, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, waterfall.StepCount);
        if (moved)
        {
            throw new InvalidOperationException($"Step {Index} of waterfall '{waterfall.Id}' already moved on.");
        }

        moved = true;
        return waterfall.RunStepAsync(DialogContext, index, result, cancellationToken);
    }

    /// <summary>Begins a prompt; its result is the next step's <see cref="Result"/>.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="options">What to ask and how.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    /// <summary>Begins a child dialog; its result is the next step's <see cref="Result"/>.</summary>
    /// <param name="dialogId">The dialog's id.</param>
    /// <param name="options">Options for the dialog (plain data).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    /// <param name="result">The waterfall's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    /// <summary>Replaces the waterfall with another dialog.</summary>
    /// <param name="dialogId">The dialog's id.</param>
    /// <param name="options">Options for the dialog (plain data).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
