using TrialBot.Recognition;

namespace TrialBot.Dialogs.Prompts;

/// <summary>Turns an answer into a value of type <typeparamref name="T"/>: the seam where an application plugs its own recognizers (per language).</summary>
/// <typeparam name="T">The type of value recognised.</typeparam>
public interface IPromptRecognizer<T>
{
    /// <summary>Recognises an answer.</summary>
    /// <param name="context">The answer and its circumstances.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A value, "don't know", or not understood with a problem code; never an exception for bad input.</returns>
    Task<Recognition<T>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default);
}
