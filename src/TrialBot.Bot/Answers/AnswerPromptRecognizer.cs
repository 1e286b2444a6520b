using TrialBot.Bot.Conversation;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// The prompt recognizer of one kind of screening answer: reads the answer with <see cref="AnswerReader"/> (with the
/// conversation's answers so far and the person's today) and turns the result into the engine's recognition outcome
/// (a tentative reading stays tentative, to be confirmed), explaining a problem in the person's language.
/// </summary>
internal sealed class AnswerPromptRecognizer : IPromptRecognizer<Answer>
{
    private readonly AnswerKind kind;
    private readonly AnswerReader reader;
    private readonly ConversationRecordStore records;
    private readonly ProblemTexts problems;
    private readonly PartialReadings? partials;
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance of the <see cref="AnswerPromptRecognizer"/> class.</summary>
    /// <param name="kind">The kind of answer.</param>
    /// <param name="reader">Reads answers.</param>
    /// <param name="records">The conversation records (for the answers so far).</param>
    /// <param name="problems">Explains problems.</param>
    /// <param name="timeProvider">The server's clock, when the activity carries no usable date.</param>
    /// <param name="partials">Says what was understood of an answer read only in part; when null, the problem's text alone explains.</param>
    public AnswerPromptRecognizer(AnswerKind kind, AnswerReader reader, ConversationRecordStore records, ProblemTexts problems, TimeProvider timeProvider, PartialReadings? partials = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.kind = kind;
        this.reader = reader;
        this.records = records;
        this.problems = problems;
        this.timeProvider = timeProvider;
        this.partials = partials;
    }

    /// <inheritdoc/>
    public async Task<Recognition<Answer>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = await records.GetAsync(context.TurnContext, cancellationToken).ConfigureAwait(false);
        var today = TurnDate.Today(context.TurnContext.Activity, timeProvider);
        var reading = reader.Read(kind, context.Text, context.Culture, record.Answers, today, context.QuestionId);
        if (reading.TryGetValue(out var answer))
        {
            return Recognitions.Of(answer, reading.IsTentative);
        }

        return reading.IsUnsure
            ? Recognitions.Unsure<Answer>()
            : Recognitions.NotUnderstood<Answer>(
                reading.Problem!,
                partials?.Explain(kind, context.Text, reading.Problem!, context.Culture) ?? problems.Explain(kind, reading.Problem!, context.Culture));
    }
}
