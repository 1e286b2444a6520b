namespace TrialBot.Dialogs.Prompts;

/// <summary>Creates <see cref="RecognitionOutcome{T}"/> values.</summary>
public static class RecognitionOutcome
{
    /// <summary>A recognised value.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="isTentative">True when the value is a reading the person must confirm before anything is decided on it.</param>
    /// <returns>The outcome.</returns>
    public static RecognitionOutcome<T> Recognized<T>(T value, bool isTentative = false) => new(RecognitionKind.Recognized, value, null, null, isTentative);

    /// <summary>The person said they do not know.</summary>
    /// <typeparam name="T">The type of value the prompt asks for.</typeparam>
    /// <returns>The outcome.</returns>
    public static RecognitionOutcome<T> DontKnow<T>() => new(RecognitionKind.DontKnow, default, null, null);

    /// <summary>The answer was not understood.</summary>
    /// <typeparam name="T">The type of value the prompt asks for.</typeparam>
    /// <param name="problemCode">What went wrong, as a code (see <see cref="ProblemCodes"/>).</param>
    /// <param name="problemText">An explanation for the person, in their language; when null the dialog texts explain the code.</param>
    /// <returns>The outcome.</returns>
    public static RecognitionOutcome<T> NotUnderstood<T>(string problemCode, string? problemText = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problemCode);
        return new(RecognitionKind.NotUnderstood, default, problemCode, problemText);
    }
}
