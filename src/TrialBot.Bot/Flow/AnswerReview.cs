using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Choices;
using TrialBot.Dialogs.Prompts;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Flow;

/// <summary>
/// The review before the outcome: one message that lists, as understood, the answers that decide it (each question's
/// label and its answer as shown everywhere) and asks whether it is right (question id <c>review</c>). The decisive
/// answers are those feeding a failing criterion when one fails, else every answer that applies to a criterion (the
/// consent to go on aside). After "no", the person picks which of them to change (question id <c>review.change</c>).
/// </summary>
internal sealed class AnswerReview
{
    private const string Bullet = "• ";

    private readonly TrialDefinition definition;
    private readonly ScreeningScorer scorer;
    private readonly AnswerDisplay display;
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="AnswerReview"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="texts">The bot's texts.</param>
    public AnswerReview(TrialDefinition definition, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        this.definition = definition;
        this.texts = texts;
        scorer = new ScreeningScorer(definition);
        display = new AnswerDisplay(definition);
    }

    /// <summary>Returns the questions whose answers decide the outcome, in the definition's order: those of the failing
    /// criteria once the screening has failed, else every answer that feeds a criterion (consent aside).</summary>
    /// <param name="answers">The answers.</param>
    /// <returns>The decisive questions.</returns>
    public IReadOnlyList<QuestionDefinition> Decisive(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var failed = scorer.FailingCriteria(answers).ToHashSet(StringComparer.Ordinal);

        // With several trials, while one of them has no failing criterion every answer decides (its outcome and the others').
        var decidedByFails = failed.Count > 0 && scorer.HasDefiniteFail(answers);
        return [.. definition.Questions.Where(question =>
            answers.Has(question.Id)
            && definition.Applies(question.Id, answers)
            && (decidedByFails
                ? question.Criteria.Any(failed.Contains)
                : question.Criteria.Count > 0 && question.Id != definition.ConsentQuestionId))];
    }

    /// <summary>Creates the prompt options of the review.</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="shortForm">True for a text-message channel: the answers on one line, separated as a list is in the language.</param>
    /// <returns>The options.</returns>
    public PromptOptions Create(ScreeningAnswers answers, CultureInfo culture, bool shortForm = false)
    {
        var decisive = Decisive(answers);
        var list = shortForm
            ? ShortList(decisive, answers, culture)
            : string.Join('\n', decisive.Select(question => Bullet + display.FormatLabelled(question, answers.Get(question.Id)).Get(culture)));
        return new PromptOptions
        {
            Prompt = texts.Text(shortForm ? BotTextKeys.ReviewShort : BotTextKeys.Review).With("answers", list).Get(culture),
            Choices = YesNoChoices.Create(texts, culture, allowDontKnow: false),
            QuestionId = DialogIds.ReviewQuestion,
        };
    }

    // On a text message every character is paid for: the answers on one line, and the questions answered a plain "no"
    // named together at the end ("No to: Lupus crisis, Lupus nephritis") instead of one "label: no" each.
    private string ShortList(IReadOnlyList<QuestionDefinition> decisive, ScreeningAnswers answers, CultureInfo culture)
    {
        var answered = decisive.Where(question => answers.Get(question.Id) is not YesNoAnswer { Yes: false })
            .Select(question => display.FormatLabelled(question, answers.Get(question.Id)).Get(culture));
        var noes = decisive.Where(question => answers.Get(question.Id) is YesNoAnswer { Yes: false })
            .Select(question => question.Label.Get(culture))
            .ToList();
        var items = noes.Count == 0
            ? answered
            : answered.Append(texts.Text(BotTextKeys.ReviewShortNo)
                .With("questions", string.Join(texts.Get(BotTextKeys.ReviewShortNoSeparator, culture), noes))
                .Get(culture));
        return string.Join(texts.Get(BotTextKeys.ReviewShortSeparator, culture), items);
    }

    /// <summary>Creates the prompt options that ask which answer to change: the decisive questions' labels, and "everything is right".</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The options.</returns>
    public PromptOptions CreateChange(ScreeningAnswers answers, CultureInfo culture) => new()
    {
        Prompt = texts.Get(BotTextKeys.ReviewChange, culture),
        Choices =
        [
            .. Decisive(answers).Select(question => new Choice(question.Id, question.Label.Get(culture))),
            new Choice(ConfirmPrompt.YesValue, texts.Get(BotTextKeys.ReviewAllRight, culture)),
        ],
        QuestionId = DialogIds.ReviewChangeQuestion,
    };
}
