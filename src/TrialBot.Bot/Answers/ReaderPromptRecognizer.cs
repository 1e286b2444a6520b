using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>A prompt recognizer over a reader of the recognition library's shape (a name, a phone number or e-mail).</summary>
/// <typeparam name="T">The type of value read.</typeparam>
internal sealed class ReaderPromptRecognizer<T> : IPromptRecognizer<T>
{
    private readonly Func<string, Recognition<T>> read;
    private readonly ProblemTexts problems;

    /// <summary>Initializes a new instance of the <see cref="ReaderPromptRecognizer{T}"/> class.</summary>
    /// <param name="read">Reads an answer.</param>
    /// <param name="problems">Explains problems in the person's language.</param>
    public ReaderPromptRecognizer(Func<string, Recognition<T>> read, ProblemTexts problems)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(problems);
        this.read = read;
        this.problems = problems;
    }

    /// <inheritdoc/>
    public Task<Recognition<T>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reading = read(context.Text);
        return Task.FromResult(
            reading.TryGetValue(out var value) ? Recognitions.Of(value)
            : reading.IsUnsure ? Recognitions.Unsure<T>()
            : Recognitions.NotUnderstood<T>(reading.Problem!, problems.Explain(topic: null, reading.Problem!, context.Culture)));
    }
}
