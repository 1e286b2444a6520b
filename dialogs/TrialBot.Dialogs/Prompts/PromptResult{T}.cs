namespace TrialBot.Dialogs.Prompts;

/// <summary>What a prompt ends with: the answer, or "don't know". Create with <see cref="PromptResult"/>.</summary>
/// <typeparam name="T">The type of value asked for.</typeparam>
public sealed class PromptResult<T>
{
    private readonly T? value;

    internal PromptResult(bool isDontKnow, T? value, bool isTentative = false, bool isChoice = false)
    {
        IsDontKnow = isDontKnow;
        IsTentative = isTentative && !isDontKnow;
        IsChoice = isChoice;
        this.value = value;
    }

    /// <summary>Gets a value indicating whether the person did not know (said so, picked it at the retry cap, or could not be understood after it).</summary>
    public bool IsDontKnow { get; }

    /// <summary>Gets a value indicating whether the answer is a reading the person must confirm (a hedge, an inferred value).</summary>
    public bool IsTentative { get; }

    /// <summary>Gets a value indicating whether the answer picked one of the choices shown, exactly as offered (title, value or number), rather than a statement in the person's own words.</summary>
    public bool IsChoice { get; }

    /// <summary>Gets the answer.</summary>
    /// <exception cref="InvalidOperationException">The result is "don't know".</exception>
    public T Value => IsDontKnow ? throw new InvalidOperationException("The person did not know; there is no value.") : value!;
}
