namespace TrialBot.Dialogs;

/// <summary>The outcome of a dialog operation: a status and, when a dialog completed, its result.</summary>
public sealed class DialogTurnResult
{
    /// <summary>Initializes a new instance of the <see cref="DialogTurnResult"/> class.</summary>
    /// <param name="status">Where the stack stands.</param>
    /// <param name="result">The completed dialog's result, if any.</param>
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    /// <summary>Gets a result saying that a dialog waits for the person's next message.</summary>
    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>Gets where the stack stands.</summary>
    public DialogTurnStatus Status { get; }

    /// <summary>Gets the completed dialog's result (for prompts a <see cref="Prompts.PromptResult{T}"/>), or null.</summary>
    public object? Result { get; }
}
