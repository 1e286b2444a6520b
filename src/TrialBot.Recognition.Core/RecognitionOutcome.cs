namespace TrialBot.Recognition;

/// <summary>What a recognizer made of an answer.</summary>
public enum RecognitionOutcome
{
    /// <summary>The answer could not be read as the value asked for; <see cref="Recognition{T}.Problem"/> says why.</summary>
    NotUnderstood = 0,

    /// <summary>The answer gave a value.</summary>
    Recognized,

    /// <summary>The person said they do not know ("I don't know", "not sure", 不知道, 不记得 …).</summary>
    Unsure,
}
