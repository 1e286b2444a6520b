namespace TrialBot.Dialogs.Prompts;

/// <summary>What a recognizer made of an answer.</summary>
public enum RecognitionKind
{
    /// <summary>A value was recognised.</summary>
    Recognized,

    /// <summary>The person said they do not know (or are unsure).</summary>
    DontKnow,

    /// <summary>The answer was not understood; the outcome carries a problem code.</summary>
    NotUnderstood,
}
