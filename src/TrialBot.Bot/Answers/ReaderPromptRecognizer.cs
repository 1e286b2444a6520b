using TrialBot.Dialogs.Prompts;

namespace TrialBot.Bot.Answers;

/// <summary>A prompt recognizer over a reader of the recognition library's shape (a name, a phone number or e-mail).</summary>
/// <typeparam name="T">The type of value read.</typeparam>
internal sealed class ReaderPromptRecognizer<T> : IPromptRecognizer<T>
{
    private readonly Func<string, TrialBot.Recognition.Recognition<T>> read;
    private readonly ProblemTexts problems;

    /// <summary>Initializes a new instance of the <see cref="ReaderPromptRecognizer{T}"/> class.</summary>
    /// <param name="read">Reads an answer.</param>
    /// <param name="problems">Explains problems in the person's language.</param>
    public ReaderPromptRecognizer(Func<string, TrialBot.Recognition.Recognition<T>> read, ProblemTexts problems)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(problems);
        this.read = read;
        this.problems = problems;
    }

    /// <inheritdoc/>
    public Task<RecognitionOutcome<T>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reading = read(context.Text);
        return Task.FromResult(
            reading.TryGetValue(out var value) ? RecognitionOutcome.Recognized(value)
            : reading.IsUnsure ? RecognitionOutcome.DontKnow<T>()
            : RecognitionOutcome.NotUnderstood<T>(reading.Problem!, problems.Explain(topic: null, reading.Problem!, context.Culture)));
    }
}
