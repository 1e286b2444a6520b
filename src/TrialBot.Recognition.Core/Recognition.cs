namespace TrialBot.Recognition;

/// <summary>Creates <see cref="Recognition{T}"/> results.</summary>
public static class Recognition
{
    /// <summary>A recognised <paramref name="value"/>.</summary>
    /// <typeparam name="T">The type of value.</typeparam>
    public static Recognition<T> Of<T>(T value) => new(RecognitionOutcome.Recognized, value, null);

    /// <summary>A recognised <paramref name="value"/>, tentative (one the person must confirm) when <paramref name="isTentative"/>.</summary>
    /// <typeparam name="T">The type of value.</typeparam>
    public static Recognition<T> Of<T>(T value, bool isTentative) => new(RecognitionOutcome.Recognized, value, null, isTentative);

    /// <summary>A recognised <paramref name="value"/> the person must confirm before anything is decided on it.</summary>
    /// <typeparam name="T">The type of value that was asked for.</typeparam>
    public static Recognition<T> Tentative<T>(T value) => new(RecognitionOutcome.Recognized, value, null, isTentative: true);

    /// <summary>The person said they do not know.</summary>
    public static Recognition<T> Unsure<T>() => new(RecognitionOutcome.Unsure, default, null);

    /// <summary>The answer was not understood, for the reason <paramref name="problem"/> (a <see cref="RecognitionProblem"/> code).</summary>
    /// <typeparam name="T">The type of value that was asked for.</typeparam>
    public static Recognition<T> NotUnderstood<T>(string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        return new(RecognitionOutcome.NotUnderstood, default, problem);
    }

    /// <summary>The answer was not understood, for the reason <paramref name="problem"/> (a <see cref="RecognitionProblem"/>
    /// code or the application's own), with an explanation for the person in their language.</summary>
    /// <typeparam name="T">The type of value that was asked for.</typeparam>
    public static Recognition<T> NotUnderstood<T>(string problem, string? explanation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        return new(RecognitionOutcome.NotUnderstood, default, problem) { Explanation = explanation };
    }
}
