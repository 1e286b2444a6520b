using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Prompts;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Plan;

namespace TrialBot.Bot.Flow;

/// <summary>
/// What to ask for a screening question: "Question N of about M" and the question's text (on text messages "N/M" and its short text), its re-ask text, Yes / No /
/// I don't know as choices for a yes/no question, and the question's id (which every ask and re-ask carries).
/// </summary>
internal sealed class QuestionPrompts
{
    private readonly TrialDefinition definition;
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="QuestionPrompts"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="texts">The bot's texts.</param>
    public QuestionPrompts(TrialDefinition definition, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        this.definition = definition;
        this.texts = texts;
    }

    /// <summary>Creates the birthday follow-up at the age limits: will the person turn <paramref name="next"/> within about a month.</summary>
    /// <param name="age">The age given, in completed years.</param>
    /// <param name="next">The age the next birthday brings.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The options.</returns>
    public PromptOptions CreateBirthday(double age, double next, CultureInfo culture) => new()
    {
        Prompt = texts.Text(BotTextKeys.Birthday)
            .With("age", age.ToString("0", CultureInfo.InvariantCulture))
            .With("next", next.ToString("0", CultureInfo.InvariantCulture))
            .Get(culture),
        Choices = YesNoChoices.Create(texts, culture, allowDontKnow: true),
        QuestionId = DialogIds.BirthdayQuestion,
    };

    /// <summary>Creates the prompt options of a question.</summary>
    /// <param name="question">The question.</param>
    /// <param name="progress">Where the person is in the screening.</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="shortForm">True for a text-message channel: the question's short text after a short progress ("3/19").</param>
    /// <returns>The options.</returns>
    public PromptOptions Create(QuestionDefinition question, ScreeningProgress progress, CultureInfo culture, bool shortForm = false)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(progress);
        var prompt = shortForm
            ? texts.Text(BotTextKeys.QuestionLayoutShort)
                .With("current", progress.Current.ToString(CultureInfo.InvariantCulture))
                .With("total", progress.AboutTotal.ToString(CultureInfo.InvariantCulture))
                .With("question", question.ShortText ?? question.Text)
            : texts.Text(BotTextKeys.QuestionLayout).With("progress", progress.Describe(definition)).With("question", question.Text);
        return new PromptOptions
        {
            Prompt = prompt.Get(culture),
            RetryPrompt = question.Reask.Get(culture),
            Choices = question.Kind == AnswerKind.YesNo ? YesNoChoices.Create(texts, culture, question.AllowsDontKnow) : [],
            QuestionId = question.Id,
        };
    }
}
