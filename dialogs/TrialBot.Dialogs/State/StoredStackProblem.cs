namespace TrialBot.Dialogs.State;

/// <summary>Why a stored dialog stack cannot be resumed as it is.</summary>
internal enum StoredStackProblem
{
    /// <summary>The stack can be resumed.</summary>
    None,

    /// <summary>Nothing is stored: a new conversation.</summary>
    Missing,

    /// <summary>The stored shape has a schema version this engine does not know.</summary>
    UnknownSchemaVersion,

    /// <summary>The stored JSON does not have the documented shape.</summary>
    CorruptShape,

    /// <summary>The stack was stored by another version of the application's dialogs.</summary>
    DialogsVersionChanged,

    /// <summary>The stack names a dialog the application no longer has.</summary>
    UnknownDialog,

    /// <summary>A dialog cannot resume from its stored position (for example a step index out of range).</summary>
    InvalidPosition,
}
