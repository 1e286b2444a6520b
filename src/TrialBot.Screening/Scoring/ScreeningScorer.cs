using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Texts;

namespace TrialBot.Screening.Scoring;

/// <summary>
/// Scores answers against the trial's criteria. Outcome: consent refused → declined; any criterion failing →
/// likely-ineligible; else anything unknown that the person could normally tell (or a contested dose conversion that
/// decides) → needs-review; else likely-eligible, listing what the study team confirms at screening. Stateless.
/// </summary>
public sealed class ScreeningScorer
{
    private readonly TrialDefinition definition;
    private readonly AnswerDisplay display;

    /// <summary>A scorer for <paramref name="definition"/>.</summary>
    public ScreeningScorer(TrialDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
        display = new AnswerDisplay(definition);
    }

    /// <summary>Every criterion's verdict and the outcome for <paramref name="answers"/> (unanswered questions count as unknown).</summary>
    public ScreeningResult Score(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var context = new ScoringContext(definition, answers);
        var criteria = definition.Criteria.Select(criterion => Evaluate(criterion, context, answers)).ToList();
        var outcome = Outcome(criteria);
        List<LocalizedText> toConfirm = outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview ? ToConfirm(criteria) : [];
        return new ScreeningResult(outcome, criteria, toConfirm, Message(outcome, toConfirm));
    }

    /// <summary>True when some criterion already fails (consent refused included): the screening can stop early.
    /// Decides on the criteria's statuses alone, without the reason and answer texts of <see cref="Score"/>.</summary>
    public bool HasDefiniteFail(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var context = new ScoringContext(definition, answers);
        return definition.Criteria.Any(criterion => Judge(criterion, context).Status == CriterionStatus.Fail);
    }

    /// <summary>The ids of the criteria that fail on <paramref name="answers"/>, in the definition's order; statuses
    /// only, without the texts of <see cref="Score"/>.</summary>
    public IReadOnlyList<string> FailingCriteria(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var context = new ScoringContext(definition, answers);
        return [.. definition.Criteria.Where(criterion => Judge(criterion, context).Status == CriterionStatus.Fail).Select(criterion => criterion.Id)];
    }

    private static Verdict Judge(TrialCriterion criterion, ScoringContext context)
    {
        var verdict = new Verdict(criterion, context);
        criterion.Rule.Evaluate(verdict);
        return verdict;
    }

    private CriterionResult Evaluate(TrialCriterion criterion, ScoringContext context, ScreeningAnswers answers)
    {
        var verdict = Judge(criterion, context);
        var answer = LocalizedText.JoinClauses(definition.QuestionsFeeding(criterion.Id)
            .Where(question => context.Applies(question.Id))
            .Select(question => display.FormatLabelled(question, answers.Get(question.Id))));
        var needsReview = verdict.Status == CriterionStatus.Unknown
            && (verdict.Contested || verdict.Opened || verdict.UnknownQuestions.Any(id => definition.Question(id).PersonCanTell));
        return new CriterionResult(criterion.Id, criterion.Title, verdict.Status, answer, verdict.Reason, needsReview, verdict.UnknownQuestions);
    }

    private ScreeningOutcome Outcome(IReadOnlyList<CriterionResult> criteria)
    {
        if (criteria.Any(criterion => criterion.Status == CriterionStatus.Fail && definition.Criterion(criterion.CriterionId).Declines))
        {
            return ScreeningOutcome.Declined;
        }

        if (criteria.Any(criterion => criterion.Status == CriterionStatus.Fail))
        {
            return ScreeningOutcome.LikelyIneligible;
        }

        return criteria.Any(criterion => criterion.NeedsReview) ? ScreeningOutcome.NeedsReview : ScreeningOutcome.LikelyEligible;
    }

    private List<LocalizedText> ToConfirm(IReadOnlyList<CriterionResult> criteria) =>
        definition.Criteria
            .Select(criterion => criterion.AlwaysConfirmedAtScreening)
            .Concat(criteria.SelectMany(criterion => criterion.UnknownQuestionIds).Select(id => definition.Question(id).ConfirmedAtScreening))
            .OfType<LocalizedText>()
            .Distinct()
            .ToList();

    private LocalizedText Message(ScreeningOutcome outcome, List<LocalizedText> toConfirm)
    {
        var text = definition.Text(outcome switch
        {
            ScreeningOutcome.LikelyEligible => TextIds.OutcomeLikelyEligible,
            ScreeningOutcome.LikelyIneligible => TextIds.OutcomeLikelyIneligible,
            ScreeningOutcome.NeedsReview => TextIds.OutcomeNeedsReview,
            _ => TextIds.OutcomeDeclined,
        });
        return toConfirm.Count == 0
            ? text
            : LocalizedText.JoinSentences([text, definition.Text(TextIds.OutcomeToConfirm).With("items", LocalizedText.JoinClauses(toConfirm))]);
    }
}
