namespace TrialBot.Dialogs.Prompts;

/// <summary>What an <see cref="IConfirmRecognizer"/> made of an answer.</summary>
public enum ConfirmRecognition
{
    /// <summary>Neither yes, no nor unsure.</summary>
    NotRecognized,

    /// <summary>Yes.</summary>
    Yes,

    /// <summary>No.</summary>
    No,

    /// <summary>Unsure / don't know.</summary>
    Unsure,
}
