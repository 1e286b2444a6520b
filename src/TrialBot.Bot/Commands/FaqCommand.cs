using TrialBot.Bot.Answers;
using TrialBot.Bot.Conversation;
using TrialBot.Bot.Flow;
using TrialBot.Bot.Outcomes;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs;
using TrialBot.Recognition;
using TrialBot.Recognition.Questions;
using TrialBot.Screening.Definition;

namespace TrialBot.Bot.Commands;

/// <summary>
/// Questions asked instead of an answer. A message that matches an entry of the trial's FAQ gets the FAQ's answer; any
/// other question asked back while a screening question waits ("what's sledai?", "does a cornea count?", 偏头痛算吗？)
/// gets that question's own explanation, as "help" would, and counts as no failed answer. Then the question is asked
/// again and the screening resumes where it was. A genuine answer always wins: "I take hydroxychloroquine" is read as
/// the answer whatever words it shares with the FAQ, "does a dental implant count? otherwise no" as a no, and a place
/// with a recognised city ("Wuhan, which hospital?") as the place.
/// </summary>
internal sealed class FaqCommand
{
    private readonly TrialDefinition definition;
    private readonly FaqFinder faq;
    private readonly AnswerReader reader;
    private readonly ConversationRecordStore records;
    private readonly BotTexts texts;
    private readonly ReplySender sender;
    private readonly TimeProvider timeProvider;

    /// <summary>Initializes a new instance of the <see cref="FaqCommand"/> class.</summary>
    /// <param name="definition">The trial definition (its FAQ and questions).</param>
    /// <param name="reader">Reads answers to screening questions.</param>
    /// <param name="records">The conversation records (answers so far).</param>
    /// <param name="texts">The bot's texts.</param>
    /// <param name="sender">Sends the bot's own messages.</param>
    /// <param name="timeProvider">The server's clock.</param>
    public FaqCommand(TrialDefinition definition, AnswerReader reader, ConversationRecordStore records, BotTexts texts, ReplySender sender, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.definition = definition;
        faq = new FaqFinder(definition.Faq);
        this.reader = reader;
        this.records = records;
        this.texts = texts;
        this.sender = sender;
        this.timeProvider = timeProvider;
    }

    /// <summary>Tells whether the turn's message is a question of the FAQ rather than an answer.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when the FAQ answers the message.</returns>
    public async Task<bool> MatchesAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var text = dialogContext.Context.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) || text.Length > InputGuard.MaxLength || (faq.Find(text) is null && AskedQuestion(dialogContext, text) is null))
        {
            return false;
        }

        return !await AnswersActiveQuestionAsync(dialogContext, text, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers the question, then asks the current question again.</summary>
    /// <param name="dialogContext">The dialog context of the turn.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Where the stack stands.</returns>
    public async Task<DialogTurnResult> RunAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var entry = faq.Find(dialogContext.Context.Activity.Text);
        if (entry is not null)
        {
            var answer = texts.Text(BotTextKeys.FaqAnswer).With("question", entry.Question).With("answer", entry.Answer);
            await sender.SendAsync(dialogContext.Context, answer.Get(dialogContext.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else if (AskedQuestion(dialogContext, dialogContext.Context.Activity.Text) is { } question)
        {
            var help = texts.Text(BotTextKeys.HelpQuestion).With("help", question.Help);
            await sender.SendAsync(dialogContext.Context, help.Get(dialogContext.Culture), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await Reprompt.CurrentQuestionAsync(dialogContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The screening question waiting (or waiting to be confirmed) when the message is a question asked back; else null.</summary>
    private QuestionDefinition? AskedQuestion(DialogContext dialogContext, string? text) =>
        QuestionBack.IsQuestion(text) && ActiveQuestion.Id(dialogContext) is { } id ? definition.FindQuestion(DialogIds.Confirmed(id) ?? id) : null;

    private async Task<bool> AnswersActiveQuestionAsync(DialogContext dialogContext, string text, CancellationToken cancellationToken)
    {
        var questionId = ActiveQuestion.Id(dialogContext);
        if (questionId is null)
        {
            return false;
        }

        if (definition.FindQuestion(questionId) is { } question)
        {
            var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
            var today = TurnDate.Today(dialogContext.Context.Activity, timeProvider);
            return reader.IsAnswer(question.Kind, text, dialogContext.Culture, record.Answers, today, question.Id);
        }

        var yesOrNo = YesNoRecognizer.Recognize(text, dialogContext.Culture.Name) is { IsRecognized: true } or { IsUnsure: true };
        if (DialogIds.Confirmed(questionId) is { } confirmed && definition.FindQuestion(confirmed) is { } confirmedQuestion)
        {
            var record = await records.GetAsync(dialogContext.Context, cancellationToken).ConfigureAwait(false);
            var today = TurnDate.Today(dialogContext.Context.Activity, timeProvider);
            return yesOrNo || reader.IsAnswer(confirmedQuestion.Kind, text, dialogContext.Culture, record.Answers, today);
        }

        if (questionId.StartsWith(PreCallQuestion.IdPrefix, StringComparison.Ordinal))
        {
            // A pre-call answer is anything said ("CAR-T in 2022"); only a message asked as a question goes to the FAQ.
            return !text.TrimEnd().EndsWith('?') && !text.TrimEnd().EndsWith('？');
        }

        return questionId switch
        {
            DialogIds.ReferralQuestion or DialogIds.DeleteQuestion or DialogIds.ReviewQuestion or DialogIds.LookAgainQuestion => yesOrNo,
            DialogIds.ReferralContactOfferQuestion => yesOrNo || ContactReader.Read(text).IsRecognized,
            DialogIds.ReferralNameQuestion => NameReader.Read(text).IsRecognized,
            DialogIds.ReferralContactQuestion => ContactReader.Read(text).IsRecognized,
            _ => false,
        };
    }
}
