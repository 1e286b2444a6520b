using System.Runtime.CompilerServices;
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
    /// <summary>The failing criteria already found for a set of answers (answers never change), by trial: the plan, the
    /// review and the dialog ask for them several times a turn, and every scorer of the trial shares them.</summary>
    private static readonly ConditionalWeakTable<ScreeningAnswers, Dictionary<TrialDefinition, IReadOnlyList<string>>> Failing = new();

    private readonly TrialDefinition definition;
    private readonly AnswerDisplay display;
    private readonly TrialSet? set;
    private readonly IReadOnlyList<(TrialDefinition Trial, ScreeningScorer Scorer)> parts = [];

    /// <summary>A scorer for <paramref name="definition"/>.</summary>
    public ScreeningScorer(TrialDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        this.definition = definition;
        display = new AnswerDisplay(definition);
        set = definition.CombinedFrom;
        if (set is not null)
        {
            parts = [.. set.Trials.Select(trial => (trial, new ScreeningScorer(trial)))];
        }
    }

    /// <summary>Every criterion's verdict and the outcome for <paramref name="answers"/> (unanswered questions count as unknown).</summary>
    public ScreeningResult Score(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (set is not null)
        {
            return ScoreEach(set, answers);
        }

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
        if (set is not null)
        {
            var failing = parts.Select(part => part.Scorer.FailingCriteria(set.AnswersFor(part.Trial, answers)).Select(part.Trial.Criterion).ToList()).ToList();
            return failing.All(criteria => criteria.Count > 0) || failing.Any(criteria => criteria.Any(criterion => criterion.Declines));
        }

        return FailingCriteria(answers).Count > 0;
    }

    /// <summary>The ids of the criteria that fail on <paramref name="answers"/>, in the definition's order; statuses
    /// only, without the texts of <see cref="Score"/>.</summary>
    public IReadOnlyList<string> FailingCriteria(ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (set is not null)
        {
            return [.. parts.SelectMany(part => part.Scorer.FailingCriteria(set.AnswersFor(part.Trial, answers)).Select(id => TrialSet.CriterionKey(part.Trial.Id, id)))];
        }

        var known = Failing.GetOrCreateValue(answers);
        lock (known)
        {
            if (known.TryGetValue(definition, out var ids))
            {
                return ids;
            }
        }

        var context = new ScoringContext(definition, answers);
        var failing = new List<string>();
        foreach (var criterion in definition.Criteria)
        {
            if (Judge(criterion, context).Status == CriterionStatus.Fail)
            {
                failing.Add(criterion.Id);
            }
        }

        lock (known)
        {
            known[definition] = failing;
        }

        return failing;
    }

    /// <summary>Scores each trial of <paramref name="trials"/> on its own and puts the results together.</summary>
    private ScreeningResult ScoreEach(TrialSet trials, ScreeningAnswers answers)
    {
        var results = parts.Select(part => (part.Trial, Result: part.Scorer.Score(trials.AnswersFor(part.Trial, answers)))).ToList();
        var criteria = results.SelectMany(entry => entry.Result.Criteria.Select(criterion => criterion with
        {
            CriterionId = TrialSet.CriterionKey(entry.Trial.Id, criterion.CriterionId),
            UnknownQuestionIds = [.. criterion.UnknownQuestionIds.Select(id => trials.AskedAs(entry.Trial, id) ?? id)],
        })).ToList();
        var best = results.FirstOrDefault(entry => entry.Result.Outcome == ScreeningOutcome.Declined) is { Result: not null } declined
            ? declined
            : results.MinBy(entry => Rank(entry.Result.Outcome));
        var toConfirm = results.Where(entry => entry.Result.Outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview)
            .SelectMany(entry => entry.Result.ToConfirm)
            .Distinct()
            .ToList();
        return new ScreeningResult(best.Result.Outcome, criteria, best.Result.Outcome is ScreeningOutcome.LikelyEligible or ScreeningOutcome.NeedsReview ? toConfirm : [], best.Result.Message);
    }

    private static int Rank(ScreeningOutcome outcome) => outcome switch
    {
        ScreeningOutcome.LikelyEligible => 0,
        ScreeningOutcome.NeedsReview => 1,
        ScreeningOutcome.LikelyIneligible => 2,
        _ => 3,
    };

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
