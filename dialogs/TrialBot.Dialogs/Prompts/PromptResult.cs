namespace TrialBot.Dialogs.Prompts;

/// <summary>Creates <see cref="PromptResult{T}"/> values.</summary>
public static class PromptResult
{
    /// <summary>An answer.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The answer.</param>
    /// <param name="isTentative">True when the answer is a reading the person must confirm.</param>
    /// <param name="isChoice">True when the answer picked one of the choices shown (by its title, value or number).</param>
    /// <returns>The result.</returns>
    public static PromptResult<T> Answered<T>(T value, bool isTentative = false, bool isChoice = false) => new(false, value, isTentative, isChoice);

    /// <summary>"Don't know".</summary>
    /// <typeparam name="T">The type of value asked for.</typeparam>
    /// <returns>The result.</returns>
    public static PromptResult<T> DontKnow<T>() => new(true, default);
}
