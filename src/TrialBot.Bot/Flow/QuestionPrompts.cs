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
    private readonly QuestionPlan plan;
    private readonly BotTexts texts;

    /// <summary>Initializes a new instance of the <see cref="QuestionPrompts"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    /// <param name="plan">The question plan (for the progress).</param>
    /// <param name="texts">The bot's texts.</param>
    public QuestionPrompts(TrialDefinition definition, QuestionPlan plan, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(texts);
        this.definition = definition;
        this.plan = plan;
        this.texts = texts;
    }

    /// <summary>Creates the prompt options of a question.</summary>
    /// <param name="question">The question.</param>
    /// <param name="answers">The answers so far (for the progress).</param>
    /// <param name="culture">The person's culture.</param>
    /// <param name="shortForm">True for a text-message channel: the question's short text after a short progress ("3/19").</param>
    /// <returns>The options.</returns>
    public PromptOptions Create(QuestionDefinition question, ScreeningAnswers answers, CultureInfo culture, bool shortForm = false)
    {
        ArgumentNullException.ThrowIfNull(question);
        var progress = plan.Progress(answers);
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
