using TrialBot.Bot.Conversation;
using TrialBot.Bot.Flow;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Recognition;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using Recognitions = TrialBot.Recognition.Recognition;

namespace TrialBot.Bot.Answers;

/// <summary>
/// Reads the reply to "So … — is that right?" (question id <c>{question id}.confirm</c>): yes or no (said, or picked),
/// or — for a question that is not yes/no — a corrected answer, read with the question's own recognizer ("no, 5 mg").
/// An answer that is both a no and a value is the correction; a plain "no" to a medicines question is a no, not "none".
/// </summary>
internal sealed class UnderstoodPromptRecognizer : IPromptRecognizer<UnderstoodReply>
{
    private const string Topic = "understood";

    private readonly TrialDefinition definition;
    private readonly AnswerReader reader;
    private readonly ConversationRecordStore records;
    private readonly ProblemTexts problems;
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance of the <see cref="UnderstoodPromptRecognizer"/> class.</summary>
    /// <param name="definition">The trial definition (the confirmed question's kind).</param>
    /// <param name="reader">Reads corrected answers.</param>
    /// <param name="records">The conversation records (for the answers so far).</param>
    /// <param name="problems">Explains problems.</param>
    /// <param name="timeProvider">The server's clock, when the activity carries no usable date.</param>
    public UnderstoodPromptRecognizer(TrialDefinition definition, AnswerReader reader, ConversationRecordStore records, ProblemTexts problems, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.definition = definition;
        this.reader = reader;
        this.records = records;
        this.problems = problems;
        this.timeProvider = timeProvider;
    }

    /// <inheritdoc/>
    public async Task<Recognition<UnderstoodReply>> RecognizeAsync(PromptRecognitionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var picked = ChoiceMatcher.FindIndex(context.Text, context.Choices, context.Culture, allowNumbers: true) is var index and >= 0
            ? context.Choices[index].Value
            : null;
        if (picked is ConfirmPrompt.YesValue or ConfirmPrompt.NoValue)
        {
            return Recognitions.Of(picked == ConfirmPrompt.YesValue ? UnderstoodReply.Right : UnderstoodReply.Wrong);
        }

        if (ReadBackReply.OpensUnsure(context.Text))
        {
            // "不确定，10月下旬断货那阵子可能停过几天": the person cannot vouch for the reading; the date after the doubt restates it.
            return Recognitions.Unsure<UnderstoodReply>();
        }

        var yesNo = YesNoRecognizer.Recognize(context.Text, context.Culture.Name);
        var question = DialogIds.Confirmed(context.QuestionId) is { } id ? definition.FindQuestion(id) : null;
        Recognition<Answer>? correction = null;
        if (question is not null && question.Kind != AnswerKind.YesNo)
        {
            var (answers, today) = await ReadingContextAsync(context, cancellationToken).ConfigureAwait(false);
            correction = reader.Read(question.Kind, ReadBackReply.Correction(context.Text), context.Culture, answers, today);
            var plainNo = yesNo.IsRecognized && question.Kind == AnswerKind.Medicines;
            if (correction.TryGetValue(out var corrected) && !plainNo)
            {
                // "对，就是0.06。医生还说我这个叫IgA缺乏": a yes, with words that read as an answer too.
                var saidYes = yesNo.TryGetValue(out var agreed) && agreed;
                return Recognitions.Of(saidYes ? UnderstoodReply.RightWith(corrected) : UnderstoodReply.Corrected(corrected), correction.IsTentative);
            }
        }

        if (yesNo.TryGetValue(out var yes))
        {
            return Recognitions.Of(yes ? UnderstoodReply.Right : UnderstoodReply.Wrong);
        }

        if (question is { Kind: AnswerKind.YesNo } && !yesNo.IsUnsure)
        {
            // "It's Crohn's. It's in remission, but only because of the Stelara shots": no yes or no, but an answer to the
            // question itself, read as the question reads its answers; the same as the reading said back keeps it.
            var (answers, today) = await ReadingContextAsync(context, cancellationToken).ConfigureAwait(false);
            if (reader.ReadYesNo(context.Text, context.Culture, answers, today, question.Id) is { IsRecognized: true, IsTentative: false } own
                && own.TryGetValue(out var answered))
            {
                return Recognitions.Of(UnderstoodReply.Corrected(new YesNoAnswer(answered)));
            }
        }

        if (yesNo.IsUnsure)
        {
            return Recognitions.Unsure<UnderstoodReply>();
        }

        // A reply with figures that are not a usable answer says what is missing in it; anything else asks for yes, no or the right answer.
        return correction is { Problem: { } problem } && context.Text.Any(char.IsDigit)
            ? Recognitions.NotUnderstood<UnderstoodReply>(problem, problems.Explain(question!.Kind, problem, context.Culture))
            : Recognitions.NotUnderstood<UnderstoodReply>(RecognitionProblem.NotYesOrNo, problems.Explain(Topic, RecognitionProblem.NotYesOrNo, context.Culture));
    }

    /// <summary>The answers so far and the person's today, which a reading of the reply as an answer needs.</summary>
    private async Task<(ScreeningAnswers Answers, DateOnly Today)> ReadingContextAsync(PromptRecognitionContext context, CancellationToken cancellationToken) =>
        ((await records.GetAsync(context.TurnContext, cancellationToken).ConfigureAwait(false)).Answers,
            TurnDate.Today(context.TurnContext.Activity, timeProvider));
}
