using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Dialogs.Prompts;

/// <summary>Accepts any non-empty text as it is (trimmed).</summary>
internal sealed class TextRecognizer : IPromptRecognizer<string>
{
    /// <inheritdoc/>
    public Task<Recognition<string>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Recognitions.Of(context.Text.Trim()));
    }
}
