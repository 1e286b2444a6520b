using System.Globalization;
using TrialBot.Bot.Texts;
using TrialBot.Dialogs.Prompts;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Texts;

namespace TrialBot.Bot.Flow;

/// <summary>
/// What to ask before an answer is kept that excludes the person, or that was only a tentative reading: what was
/// understood in plain words ("So your dose has stayed the same for about 10 days — is that right?", the question's own
/// <see cref="QuestionDefinition.Understood"/> text from the trial file, else its label and the answer as shown everywhere),
/// with Yes and No, under the
/// question id <c>{question id}.confirm</c>.
/// </summary>
internal sealed class UnderstoodPrompts
{
    private const string SincePlaceholder = "{since}";

    private readonly BotTexts texts;
    private readonly AnswerDisplay display;

    /// <summary>Initializes a new instance of the <see cref="UnderstoodPrompts"/> class.</summary>
    /// <param name="definition">The trial definition (its answer texts).</param>
    /// <param name="texts">The bot's texts.</param>
    public UnderstoodPrompts(TrialDefinition definition, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(texts);
        this.texts = texts;
        display = new AnswerDisplay(definition);
    }

    /// <summary>Says in plain words what was understood of an answer.</summary>
    /// <param name="question">The question.</param>
    /// <param name="answer">The answer as read.</param>
    /// <returns>The sentence that asks whether it is right.</returns>
    public LocalizedText Describe(QuestionDefinition question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var own = answer switch
        {
            YesNoAnswer { Yes: true } => question.Understood?.Yes,
            YesNoAnswer => question.Understood?.No,

            // A condition named instead of a lab value reads as itself: "Serum IgA: IgA deficiency (IgA below 10 mg/dL)".
            LabConditionAnswer => null,
            _ => question.Understood?.Answer,
        };
        if (own is null)
        {
            return texts.Text(BotTextKeys.Understood).With("label", question.Label).With("answer", display.FormatDated(answer));
        }

        // A text with {since} places the date a time is counted from itself ("diagnosed about {answer} ago{since}");
        // one without it gets the date beside the answer.
        var dated = own.En.Contains(SincePlaceholder, StringComparison.Ordinal) || own.Zh.Contains(SincePlaceholder, StringComparison.Ordinal);
        return own.With("answer", dated ? display.Format(answer) : display.FormatDated(answer))
            .With("since", display.CountedFrom(answer) ?? LocalizedText.Same(string.Empty))
            .With("short", question.ShortText ?? question.Text);
    }

    /// <summary>Creates the prompt options that confirm an answer.</summary>
    /// <param name="question">The question.</param>
    /// <param name="answer">The answer as read.</param>
    /// <param name="culture">The person's culture.</param>
    /// <returns>The options.</returns>
    public PromptOptions Create(QuestionDefinition question, Answer answer, CultureInfo culture) => new()
    {
        Prompt = Describe(question, answer).Get(culture),
        Choices = YesNoChoices.Create(texts, culture, allowDontKnow: false),
        QuestionId = DialogIds.Confirm(question.Id),
    };
}
