namespace TrialBot.Dialogs.Prompts;

/// <summary>Accepts any non-empty text as it is (trimmed).</summary>
internal sealed class TextRecognizer : IPromptRecognizer<string>
{
    /// <inheritdoc/>
    public Task<RecognitionOutcome<string>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(RecognitionOutcome.Recognized(context.Text.Trim()));
    }
}
