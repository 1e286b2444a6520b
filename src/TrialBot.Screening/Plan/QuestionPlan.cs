using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;

namespace TrialBot.Screening.Plan;

/// <summary>
/// Which question comes next: the first unanswered question, in the definition's order, that applies given the answers
/// so far (its conditions are not ruled out); none once a criterion definitely fails (consent refused included) or
/// everything applicable is answered. The definition orders questions so that a definite "no" comes early.
/// </summary>
public sealed class QuestionPlan
{
    private readonly TrialDefinition definition;
    private readonly ScreeningScorer scorer;

    /// <summary>The plan of <paramref name="definition"/>.</summary>
    public QuestionPlan(TrialDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
        scorer = new ScreeningScorer(definition);
    }

    /// <summary>The id of the next question to ask, or null when the screening is over.</summary>
    public string? Next(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return scorer.HasDefiniteFail(answers) ? null : Unanswered(answers).FirstOrDefault()?.Id;
    }

    /// <summary>The question number and the approximate total, given <paramref name="answers"/>.</summary>
    public ScreeningProgress Progress(ScreeningAnswers answers) => Step(answers).Progress;

    /// <summary>The next question and the progress together, from one evaluation of the criteria.</summary>
    public PlanStep Step(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var answered = definition.Questions.Count(question => answers.Has(question.Id) && definition.Applies(question.Id, answers));
        if (scorer.HasDefiniteFail(answers))
        {
            return new PlanStep(null, new ScreeningProgress(answered, answered));
        }

        var unanswered = Unanswered(answers).ToList();
        return unanswered.Count == 0
            ? new PlanStep(null, new ScreeningProgress(answered, answered))
            : new PlanStep(unanswered[0].Id, new ScreeningProgress(answered + 1, answered + unanswered.Count));
    }

    private IEnumerable<QuestionDefinition> Unanswered(ScreeningAnswers answers) =>
        definition.Questions.Where(question => !answers.Has(question.Id) && definition.Applies(question.Id, answers));
}
