namespace TrialBot.Dialogs.Prompts;

/// <summary>What a recognizer made of an answer: a value, "don't know", or not understood with a problem code. Create with <see cref="RecognitionOutcome"/>.</summary>
/// <typeparam name="T">The type of value recognised.</typeparam>
public sealed class RecognitionOutcome<T>
{
    internal RecognitionOutcome(RecognitionKind kind, T? value, string? problemCode, string? problemText, bool isTentative = false)
    {
        IsTentative = isTentative && kind == RecognitionKind.Recognized;
        Kind = kind;
        Value = value;
        ProblemCode = problemCode;
        ProblemText = problemText;
    }

    /// <summary>Gets what kind of outcome this is.</summary>
    public RecognitionKind Kind { get; }

    /// <summary>Gets the recognised value (default unless <see cref="Kind"/> is <see cref="RecognitionKind.Recognized"/>).</summary>
    public T? Value { get; }

    /// <summary>Gets a value indicating whether the recognised value is a reading the person must confirm (a hedge, an inferred value).</summary>
    public bool IsTentative { get; }

    /// <summary>Gets the problem code when the answer was not understood (see <see cref="ProblemCodes"/>, or the application's own).</summary>
    public string? ProblemCode { get; }

    /// <summary>Gets the recognizer's own explanation of the problem, in the person's language, if it gave one.</summary>
    public string? ProblemText { get; }
}
