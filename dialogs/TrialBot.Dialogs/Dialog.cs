using TrialBot.Dialogs.State;

namespace TrialBot.Dialogs;

/// <summary>
/// A unit of conversation that can span turns. A dialog keeps nothing in fields between turns: everything it needs
/// later goes into its <see cref="DialogInstance"/> (step, options, values), which is stored as plain data.
/// </summary>
public abstract class Dialog
{
    /// <summary>Initializes a new instance of the <see cref="Dialog"/> class.</summary>
    /// <param name="id">The dialog's id, unique in its <see cref="DialogSet"/>.</param>
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Gets the dialog's id, unique in its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>
    /// Gets a short description of the dialog's structure that goes into the computed dialogs version (for a waterfall
    /// its step count), so that a deploy which changes the structure restarts stored conversations instead of
    /// resuming them at a wrong place.
    /// </summary>
    public virtual string Shape => "dialog";

    /// <summary>Starts the dialog; it is already on top of the stack (<see cref="DialogContext.ActiveDialog"/>).</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="options">The options the dialog was begun with (also stored as plain JSON in the instance).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dialogContext, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Handles the person's message while the dialog is on top of the stack.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public abstract Task<DialogTurnResult> ContinueAsync(DialogContext dialogContext, CancellationToken cancellationToken = default);

    /// <summary>Resumes the dialog when the child dialog it began has ended. By default the dialog ends with the child's result.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="result">The child's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dialogContext, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        return dialogContext.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks again whatever the dialog is waiting for (after help, for example). By default it sends nothing.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="instance">The dialog's stack entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the question was sent.</returns>
    public virtual Task RepromptAsync(DialogContext dialogContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Tells whether the dialog can resume from a stored stack entry (for example whether its step exists).</summary>
    /// <param name="instance">The stored stack entry.</param>
    /// <returns>True when the entry is one this dialog can continue from.</returns>
    public virtual bool CanResume(DialogInstance instance) => true;
}
