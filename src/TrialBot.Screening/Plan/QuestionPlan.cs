using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Scoring;

namespace TrialBot.Screening.Plan;

/// <summary>
/// Which question comes next: the first unanswered question, in the definition's order, that applies given the answers
/// so far (its conditions are not ruled out); none once a criterion definitely fails (consent refused included) or
/// everything applicable is answered. The definition orders questions so that a definite "no" comes early.
/// With several trials (<see cref="TrialSet"/>), in the combined order: a question is asked while some trial that has it
/// (and for which it applies) has no definitely failing criterion, so a question shared by the trials is asked once and a
/// question only one trial needs is skipped once that trial has failed; the screening is over when every trial has
/// failed, consent was refused (for any trial: the person declined the screening), or nothing applicable is left. Progress counts the questions of all the trials once.
/// </summary>
public sealed class QuestionPlan
{
    private readonly TrialSet trials;
    private readonly Dictionary<string, ScreeningScorer> scorers;

    /// <summary>The plan of <paramref name="definition"/>.</summary>
    public QuestionPlan(TrialDefinition definition)
        : this(TrialSet.Of(definition ?? throw new ArgumentNullException(nameof(definition))))
    {
    }

    /// <summary>The plan of the trials of <paramref name="trials"/>, asked together.</summary>
    public QuestionPlan(TrialSet trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        this.trials = trials;
        scorers = trials.Trials.ToDictionary(trial => trial.Id, trial => new ScreeningScorer(trial), StringComparer.Ordinal);
    }

    /// <summary>The id of the next question to ask, or null when the screening is over.</summary>
    public string? Next(ScreeningAnswers answers, string? language = null) => Step(answers, language).NextQuestionId;

    /// <summary>The question number and the approximate total, given <paramref name="answers"/>.</summary>
    public ScreeningProgress Progress(ScreeningAnswers answers, string? language = null) => Step(answers, language).Progress;

    /// <summary>The next question and the progress together, from one evaluation of the criteria.</summary>
    /// <param name="answers">The answers so far.</param>
    /// <param name="language">The conversation's language (<c>en</c>, <c>zh</c>…): a Chinese conversation screens only the trials with Chinese texts (<see cref="TrialSet.ScreenedIn"/>).</param>
    /// <returns>The step.</returns>
    public PlanStep Step(ScreeningAnswers answers, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var screened = trials.ScreenedIn(language);
        var own = new ScreeningAnswers[screened.Count];
        var open = new bool[screened.Count];
        var anyOpen = false;
        var declined = false;
        for (var index = 0; index < screened.Count; index++)
        {
            var trial = screened[index];
            own[index] = trials.AnswersFor(trial, answers);
            var failing = scorers[trial.Id].FailingCriteria(own[index]);
            open[index] = failing.Count == 0;
            anyOpen |= open[index];
            for (var failed = 0; failed < failing.Count; failed++)
            {
                declined |= trial.Criterion(failing[failed]).Declines;
            }
        }

        var answered = 0;
        var unanswered = 0;
        string? next = null;
        foreach (var question in trials.Combined.Questions)
        {
            if (answers.Has(question.Id))
            {
                answered += AppliesInAny(screened, own, null, question.Id) ? 1 : 0;
            }
            else if (anyOpen && !declined && AppliesInAny(screened, own, open, question.Id))
            {
                next ??= question.Id;
                unanswered++;
            }
        }

        return next is null
            ? new PlanStep(null, new ScreeningProgress(answered, answered))
            : new PlanStep(next, new ScreeningProgress(answered + 1, answered + unanswered));
    }

    /// <summary>True when the combined question applies in one of the screened trials (of those marked in <paramref name="only"/>, when given).</summary>
    private bool AppliesInAny(IReadOnlyList<TrialDefinition> screened, ScreeningAnswers[] own, bool[]? only, string combinedId)
    {
        for (var index = 0; index < screened.Count; index++)
        {
            if ((only is null || only[index]) && AppliesIn(screened[index], combinedId, own[index]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the combined question <paramref name="combinedId"/> is one of <paramref name="trial"/>'s and applies given its own view of the answers.</summary>
    private bool AppliesIn(TrialDefinition trial, string combinedId, ScreeningAnswers own) =>
        trials.OwnQuestionId(trial, combinedId) is { } questionId && trial.Applies(questionId, own);
}
