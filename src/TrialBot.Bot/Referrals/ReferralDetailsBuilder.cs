using TrialBot.Bot.Conversation;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Texts;
using TrialBot.Storage.Referrals;

namespace TrialBot.Bot.Referrals;

/// <summary>
/// Writes what a coordinator needs to prepare the call from the screening as it ended: each answer in the person's own
/// words and as understood (in both languages), each criterion with its plain reason, and what the study team must
/// confirm at screening (the questions that were not answered, "don't know", or could not decide their criterion).
/// </summary>
internal sealed class ReferralDetailsBuilder
{
    private readonly TrialDefinition definition;
    private readonly ScreeningScorer scorer;
    private readonly AnswerDisplay display;

    /// <summary>Initializes a new instance of the <see cref="ReferralDetailsBuilder"/> class.</summary>
    /// <param name="definition">The trial definition.</param>
    public ReferralDetailsBuilder(TrialDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
        scorer = new ScreeningScorer(definition);
        display = new AnswerDisplay(definition);
    }

    /// <summary>The details of the screening in <paramref name="record"/>.</summary>
    /// <param name="record">The conversation record (answers and the words they were read from).</param>
    /// <returns>The details.</returns>
    public ReferralDetails Build(ConversationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var answers = record.Answers;
        var result = scorer.Score(answers);
        var answered = definition.Questions
            .Where(question => answers.Get(question.Id) is not null)
            .Select(question => Answer(question, answers.Get(question.Id)!, record.Said?.GetValueOrDefault(question.Id)))
            .ToList();
        var criteria = result.Criteria
            .Select(criterion => new ReferralCriterion(criterion.CriterionId, Text(criterion.Title), criterion.StatusId, Text(criterion.Answer), Text(criterion.Reason)))
            .ToList();
        var toConfirm = result.Criteria
            .SelectMany(criterion => criterion.UnknownQuestionIds)
            .Distinct(StringComparer.Ordinal)
            .Select(definition.FindQuestion)
            .OfType<QuestionDefinition>()
            .Select(question => new ReferralCheck(question.Id, Text(question.ConfirmedAtScreening ?? question.Label)))
            .ToList();
        return new ReferralDetails(answered, criteria, toConfirm);
    }

    private ReferralAnswer Answer(QuestionDefinition question, Answer answer, string? said) =>
        new(question.Id, Text(question.Label), said, Text(display.FormatDated(answer)), answer is UnknownAnswer);

    private static ReferralText Text(LocalizedText text) => new(text.En, text.Zh);
}
