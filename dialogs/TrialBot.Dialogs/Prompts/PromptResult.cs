namespace TrialBot.Dialogs.Prompts;

/// <summary>Creates <see cref="PromptResult{T}"/> values.</summary>
public static class PromptResult
{
    /// <summary>An answer.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The answer.</param>
    /// <returns>The result.</returns>
    public static PromptResult<T> Answered<T>(T value) => new(false, value);

    /// <summary>"Don't know".</summary>
    /// <typeparam name="T">The type of value asked for.</typeparam>
    /// <returns>The result.</returns>
    public static PromptResult<T> DontKnow<T>() => new(true, default);
}
