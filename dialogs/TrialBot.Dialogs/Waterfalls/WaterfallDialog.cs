using TrialBot.Dialogs.State;

namespace TrialBot.Dialogs.Waterfalls;

/// <summary>
/// A dialog made of steps run in order. Each step usually begins a prompt; when the prompt ends, the next step runs with
/// its result. A step that does not apply moves on at once (<see cref="WaterfallStepContext.NextAsync"/>); a step can also
/// go to another step (<see cref="WaterfallStepContext.GoToAsync"/>, to ask an earlier question again), and so can the
/// application between turns (<see cref="GoToStepAsync"/>, for "back" or to ask the current question anew). A step that
/// returns <see cref="DialogTurnResult.Waiting"/> without beginning a dialog receives the next message's text as its
/// result. The index of the step to resume is stored with the stack; after the last step the dialog ends with the last
/// result.
/// </summary>
public class WaterfallDialog : Dialog
{
    private readonly IReadOnlyList<WaterfallStep> steps;

    /// <summary>Initializes a new instance of the <see cref="WaterfallDialog"/> class.</summary>
    /// <param name="id">The dialog's id.</param>
    /// <param name="steps">The steps, in order (at least one).</param>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        this.steps = [.. steps];
        if (this.steps.Count == 0 || this.steps.Any(step => step is null))
        {
            throw new ArgumentException("A waterfall needs at least one step, and no step may be null.", nameof(steps));
        }
    }

    /// <summary>Gets the number of steps.</summary>
    public int StepCount => steps.Count;

    /// <inheritdoc/>
    public override string Shape => $"waterfall:{steps.Count}";

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return RunStepAsync(dialogContext, 0, null, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dialogContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return RunStepAsync(dialogContext, dialogContext.ActiveDialog!.Step + 1, dialogContext.Context.Activity.Text, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return RunStepAsync(dialogContext, dialogContext.ActiveDialog!.Step + 1, result, cancellationToken);
    }

    /// <inheritdoc/>
    public override bool CanResume(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.Step >= 0 && instance.Step < steps.Count;
    }

    /// <summary>
    /// Runs the step at <paramref name="index"/> of this waterfall's stack entry <paramref name="instance"/> with
    /// <paramref name="result"/> as its <see cref="WaterfallStepContext.Result"/>, first removing whatever was begun on top
    /// of the entry (the prompt awaiting an answer) without resuming it: "back" to an earlier question, or the current
    /// question asked anew (in another language, say).
    /// </summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="instance">This waterfall's entry on the stack.</param>
    /// <param name="index">The step to run.</param>
    /// <param name="result">The step's <see cref="WaterfallStepContext.Result"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    /// <exception cref="ArgumentException"><paramref name="instance"/> is not this waterfall's entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The waterfall has no step <paramref name="index"/>.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="instance"/> is not on the stack.</exception>
    public Task<DialogTurnResult> GoToStepAsync(DialogContext dialogContext, DialogInstance instance, int index, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        ArgumentNullException.ThrowIfNull(instance);
        if (!string.Equals(instance.DialogId, Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The entry belongs to dialog '{instance.DialogId}', not to waterfall '{Id}'.", nameof(instance));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, steps.Count);
        dialogContext.RemoveDialogsAbove(instance);
        return RunStepAsync(dialogContext, index, result, cancellationToken);
    }

    /// <summary>Runs the step at <paramref name="index"/>, or ends the dialog with <paramref name="result"/> after the last step.</summary>
    /// <param name="dialogContext">The dialog context of the turn; this waterfall is the active dialog.</param>
    /// <param name="index">The step's index.</param>
    /// <param name="result">The previous step's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    internal Task<DialogTurnResult> RunStepAsync(DialogContext dialogContext, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return dialogContext.EndDialogAsync(result, cancellationToken);
        }

        var instance = dialogContext.ActiveDialog!;
        instance.Step = index;
        return steps[index](new WaterfallStepContext(this, dialogContext, instance, result), cancellationToken);
    }
}
