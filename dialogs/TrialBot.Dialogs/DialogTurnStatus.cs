namespace TrialBot.Dialogs;

/// <summary>Where the dialog stack stands after a turn or a dialog operation.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active, so nothing ran.</summary>
    Empty,

    /// <summary>A dialog is active and waits for the person's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The stack was cancelled and is now empty.</summary>
    Cancelled,
}
