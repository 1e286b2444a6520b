using TrialBot.Bot.Conversation;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition.Statements;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// The prompt recognizer of yes/no questions: reads the answer with the recognition library's <see cref="YesNoRecognizer"/>
/// (keeping a hedge such as "I think so" as a tentative reading) or, for screening questions, with the
/// <see cref="AnswerReader"/> (the question's subject and declared readings, with the answers so far and the person's
/// today: the same reading everywhere), takes a picked choice (Yes, No, I don't know, by title or number), and explains
/// an answer it cannot read by its own problem code rather than by a general "I didn't catch a yes or a no".
/// </summary>
internal sealed class YesNoPromptRecognizer : IPromptRecognizer<bool>
{
    private readonly ProblemTexts problems;
    private readonly string topic;
    private readonly Func<string?, YesNoSubject?> subjectOf;
    private readonly ScreeningReading? screening;

    /// <summary>Initializes a new instance of the <see cref="YesNoPromptRecognizer"/> class.</summary>
    /// <param name="problems">Explains problems in the person's language.</param>
    /// <param name="topic">Whose problem texts come first (<c>problem.{topic}.{code}</c>): the answer kind <c>yes-no</c> by default, or <c>review</c>.</param>
    /// <param name="subjectOf">What a question asks about, by question id (the trial definition's subject): an answer is
    /// then also read as a statement about it ("I had a kidney transplant in 2015"); none by default (plain yes/no).</param>
    public YesNoPromptRecognizer(ProblemTexts problems, string? topic = null, Func<string?, YesNoSubject?>? subjectOf = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        this.problems = problems;
        this.topic = topic ?? ProblemTexts.KindId(AnswerKind.YesNo);
        this.subjectOf = subjectOf ?? (_ => null);
    }

    /// <summary>Initializes a new instance of the <see cref="YesNoPromptRecognizer"/> class for screening questions.</summary>
    /// <param name="problems">Explains problems in the person's language.</param>
    /// <param name="reader">Reads the answer as every screening answer is read.</param>
    /// <param name="records">The conversation records (for the answers so far).</param>
    /// <param name="timeProvider">The server's clock, when the activity carries no usable date.</param>
    public YesNoPromptRecognizer(ProblemTexts problems, AnswerReader reader, ConversationRecordStore records, TimeProvider timeProvider)
        : this(problems)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(timeProvider);
        screening = new ScreeningReading(reader, records, timeProvider);
    }

    /// <inheritdoc/>
    public async Task<Recognition<bool>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reading = screening is { } read
            ? await read.ReadAsync(context, cancellationToken).ConfigureAwait(false)
            : YesNoRecognizer.Recognize(context.Text, context.Culture.Name, subjectOf(context.QuestionId));
        if (reading.TryGetValue(out var yes))
        {
            return Recognitions.Of(yes, reading.IsTentative);
        }

        if (reading.IsUnsure)
        {
            return Recognitions.Unsure<bool>();
        }

        var index = ChoiceMatcher.FindIndex(context.Text, context.Choices, context.Culture, allowNumbers: true);
        var picked = index < 0 ? null : context.Choices[index].Value;
        return picked switch
        {
            ConfirmPrompt.YesValue => Recognitions.Of(true),
            ConfirmPrompt.NoValue => Recognitions.Of(false),
            ConfirmPrompt.UnsureValue => Recognitions.Unsure<bool>(),
            _ => Recognitions.NotUnderstood<bool>(reading.Problem!, problems.Explain(topic, reading.Problem!, context.Culture)),
        };
    }

    /// <summary>A screening question's reading: the answer reader with the conversation's answers and today.</summary>
    private sealed record ScreeningReading(AnswerReader Reader, ConversationRecordStore Records, TimeProvider TimeProvider)
    {
        public async Task<Recognition<bool>> ReadAsync(PromptRecognitionContext context, CancellationToken cancellationToken)
        {
            var record = await Records.GetAsync(context.TurnContext, cancellationToken).ConfigureAwait(false);
            var today = TurnDate.Today(context.TurnContext.Activity, TimeProvider);
            return Reader.ReadYesNo(context.Text, context.Culture, record.Answers, today, context.QuestionId);
        }
    }
}
