using System.Diagnostics.CodeAnalysis;

namespace TrialBot.Recognition;

/// <summary>
/// The result of reading one answer: a value, "I don't know", or not understood with a
/// <see cref="RecognitionProblem"/> code. Create results with the <see cref="Recognition"/> factory methods. The one
/// result type of every reader, from the recognizers to the dialog engine's prompts.
/// </summary>
/// <typeparam name="T">The type of value asked for.</typeparam>
public sealed record Recognition<T>
{
    internal Recognition(RecognitionOutcome outcome, T? value, string? problem, bool isTentative = false)
    {
        Outcome = outcome;
        Value = value;
        Problem = problem;
        IsTentative = isTentative && outcome == RecognitionOutcome.Recognized;
    }

    /// <summary>What was made of the answer.</summary>
    public RecognitionOutcome Outcome { get; }

    /// <summary>The value when <see cref="Outcome"/> is <see cref="RecognitionOutcome.Recognized"/>; the default otherwise.</summary>
    public T? Value { get; }

    /// <summary>A <see cref="RecognitionProblem"/> code when <see cref="Outcome"/> is <see cref="RecognitionOutcome.NotUnderstood"/>; null otherwise.</summary>
    public string? Problem { get; }

    /// <summary>For an answer not understood: an explanation for the person in their language, when the reader gave one
    /// (a dialog prompt then re-asks with it); null otherwise.</summary>
    public string? Explanation { get; internal init; }

    /// <summary>True when the answer gave a value.</summary>
    public bool IsRecognized => Outcome == RecognitionOutcome.Recognized;

    /// <summary>
    /// True when the value is a reading the person must confirm before anything is decided on it: they hedged ("I think
    /// so", "应该有") or the value was inferred from a looser wording. Only a recognized value can be tentative.
    /// </summary>
    public bool IsTentative { get; }

    /// <summary>True when the person said they do not know.</summary>
    public bool IsUnsure => Outcome == RecognitionOutcome.Unsure;

    /// <summary>Gets the value when the answer gave one.</summary>
    /// <param name="value">The value, or the default when there is none.</param>
    /// <returns>True when the answer gave a value.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = Value;
        return IsRecognized;
    }

    /// <summary>Transforms the value when there is one; an unsure or not-understood result keeps its outcome and problem.</summary>
    /// <typeparam name="TOut">The type of the transformed value.</typeparam>
    /// <param name="map">The transformation, called only for a recognised value.</param>
    public Recognition<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsRecognized ? new Recognition<TOut>(Outcome, map(Value!), null, IsTentative) : new Recognition<TOut>(Outcome, default, Problem) { Explanation = Explanation };
    }

    /// <summary>Continues with a further step when there is a value; an unsure or not-understood result keeps its outcome and problem.</summary>
    /// <typeparam name="TOut">The type of value the next step gives.</typeparam>
    /// <param name="next">The next step, called only for a recognised value.</param>
    public Recognition<TOut> Bind<TOut>(Func<T, Recognition<TOut>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return IsRecognized ? (IsTentative ? next(Value!).AsTentative() : next(Value!)) : new Recognition<TOut>(Outcome, default, Problem) { Explanation = Explanation };
    }

    /// <summary>The same reading, marked as one the person must confirm (a reading that is not a value stays as it is).</summary>
    /// <returns>The tentative reading.</returns>
    public Recognition<T> AsTentative() => IsRecognized && !IsTentative ? new Recognition<T>(Outcome, Value, null, isTentative: true) : this;

    /// <inheritdoc />
    public override string ToString() => Outcome switch
    {
        RecognitionOutcome.Recognized => IsTentative ? $"Tentative({Value})" : $"Recognized({Value})",
        RecognitionOutcome.Unsure => "Unsure",
        _ => $"NotUnderstood({Problem})",
    };
}
