using System.Globalization;
using Microsoft.Bot.Builder;
using TrialBot.Dialogs.Prompts;
using TrialBot.Dialogs.State;
using TrialBot.Dialogs.Texts;

namespace TrialBot.Dialogs;

/// <summary>
/// The dialog stack during one turn, and the operations on it. The bottom of the stack is the root dialog; the top is
/// the active dialog, which receives the person's next message. Created by <see cref="DialogRunner"/> for each turn.
/// </summary>
public sealed class DialogContext
{
    private readonly List<DialogInstance> stack;

    internal DialogContext(DialogSet dialogs, ITurnContext turnContext, IEnumerable<DialogInstance> stack, DialogEngineOptions options, string rootDialogId, CultureInfo culture)
    {
        Dialogs = dialogs;
        Context = turnContext;
        this.stack = [.. stack];
        Options = options;
        RootDialogId = rootDialogId;
        Culture = culture;
    }

    /// <summary>Gets the turn context.</summary>
    public ITurnContext Context { get; }

    /// <summary>Gets the application's dialogs.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>Gets the engine's configuration.</summary>
    public DialogEngineOptions Options { get; }

    /// <summary>Gets the id of the dialog the runner begins when nothing is active (and after a restart).</summary>
    public string RootDialogId { get; }

    /// <summary>Gets the person's culture for this turn: the activity's locale, or <see cref="DialogEngineOptions.DefaultCulture"/>.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the stack, bottom (root) first.</summary>
    public IReadOnlyList<DialogInstance> Stack => stack;

    /// <summary>Gets the dialog on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => stack.Count == 0 ? null : stack[^1];

    /// <summary>Pushes a dialog onto the stack and begins it.</summary>
    /// <param name="dialogId">The id of a dialog in <see cref="Dialogs"/>.</param>
    /// <param name="options">Options for the dialog; they are stored as plain JSON, so use plain data.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    /// <exception cref="ArgumentException">The set has no dialog with that id.</exception>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId);
        stack.Add(DialogInstance.Begun(dialogId, options));
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt dialog with its options.</summary>
    /// <param name="dialogId">The id of a prompt in <see cref="Dialogs"/>.</param>
    /// <param name="options">What to ask and how.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands (waiting for the answer).</returns>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the person's message to the active dialog.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands; <see cref="DialogTurnStatus.Empty"/> when no dialog is active.</returns>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty))
            : FindDialog(active.DialogId).ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    /// <param name="result">The ending dialog's result.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands; <see cref="DialogTurnStatus.Complete"/> with the result when the stack is now empty.</returns>
    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        var parent = ActiveDialog;
        return parent is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result))
            : FindDialog(parent.DialogId).ResumeAsync(this, result, cancellationToken);
    }

    /// <summary>Replaces the active dialog with another, without resuming the one below.</summary>
    /// <param name="dialogId">The id of the dialog to begin.</param>
    /// <param name="options">Options for the dialog (plain data).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        FindDialog(dialogId);
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Removes every dialog from the stack.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A cancelled result (or an empty one when nothing was active).</returns>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var status = stack.Count == 0 ? DialogTurnStatus.Empty : DialogTurnStatus.Cancelled;
        stack.Clear();
        return Task.FromResult(new DialogTurnResult(status));
    }

    /// <summary>Removes the dialogs begun on top of <paramref name="instance"/> (the prompt awaiting an answer, say) without resuming anything.</summary>
    /// <param name="instance">An entry of the stack; it becomes the active dialog.</param>
    /// <exception cref="InvalidOperationException"><paramref name="instance"/> is not on the stack.</exception>
    internal void RemoveDialogsAbove(DialogInstance instance)
    {
        var index = stack.FindLastIndex(entry => ReferenceEquals(entry, instance));
        if (index < 0)
        {
            throw new InvalidOperationException($"Dialog '{instance.DialogId}' is not on the stack.");
        }

        stack.RemoveRange(index + 1, stack.Count - index - 1);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the question was sent.</returns>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null ? Task.CompletedTask : FindDialog(active.DialogId).RepromptAsync(this, active, cancellationToken);
    }

    /// <summary>Runs a command of <see cref="DialogEngineOptions.Commands"/> as if the person had typed one of its phrases.</summary>
    /// <param name="commandId">The command's id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    /// <exception cref="ArgumentException">The command set has no such command.</exception>
    public Task<DialogTurnResult> RunCommandAsync(string commandId, CancellationToken cancellationToken = default)
    {
        var handler = Options.Commands.FindHandler(commandId)
            ?? throw new ArgumentException($"The command set has no command '{commandId}'.", nameof(commandId));
        return handler(this, cancellationToken);
    }

    /// <summary>Sends one of the engine's texts (see <see cref="DialogTextKeys"/>) in the person's culture.</summary>
    /// <param name="textKey">The text's key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the message was sent.</returns>
    public Task SendTextAsync(string textKey, CancellationToken cancellationToken = default) =>
        Context.SendActivityAsync(Options.Texts.GetText(textKey, Culture), cancellationToken: cancellationToken);

    private Dialog FindDialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        return Dialogs.Find(dialogId) ?? throw new ArgumentException($"The dialog set has no dialog '{dialogId}'.", nameof(dialogId));
    }
}
