using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Plan;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>
/// The plan and the per-answer exclusion check decide on the criteria's statuses alone; they must agree with the full
/// scoring (which also builds the reason texts) on every set of answers.
/// </summary>
public class StatusOnlyEvaluationTests
{
    private static readonly ScreeningScorer Scorer = new(TrialFixture.Definition);
    private static readonly QuestionPlan Plan = new(TrialFixture.Definition);

    public static TheoryData<string> Variations() => [.. VariedAnswers().Keys];

    [Theory]
    [MemberData(nameof(Variations))]
    public void Failing_criteria_are_those_the_full_scoring_fails(string variation)
    {
        var answers = VariedAnswers()[variation];

        var full = Scorer.Score(answers).Failed.Select(criterion => criterion.CriterionId).ToList();

        Assert.Equal(full, Scorer.FailingCriteria(answers));
        Assert.Equal(full.Count > 0, Scorer.HasDefiniteFail(answers));
    }

    [Theory]
    [MemberData(nameof(Variations))]
    public void The_step_gives_the_next_question_and_the_progress_of_one_evaluation(string variation)
    {
        var answers = VariedAnswers()[variation];

        var step = Plan.Step(answers);

        Assert.Equal(Plan.Next(answers), step.NextQuestionId);
        Assert.Equal(Plan.Progress(answers), step.Progress);
    }

    [Fact]
    public void A_failing_answer_is_found_without_the_texts()
    {
        var answers = People.Eligible().Set(QuestionIds.Transplant, new YesNoAnswer(true));

        Assert.Contains(CriterionIds.E5, Scorer.FailingCriteria(answers));
        Assert.Null(Plan.Step(answers).NextQuestionId);
    }

    [Fact]
    public void The_same_answers_scored_against_another_trial_get_that_trials_failing_criteria()
    {
        // The failing criteria are kept per set of answers and per trial: one trial's must never answer for another's.
        var second = RepositoryTrials.Get("NCT06038474");
        var answers = People.Eligible().Set(QuestionIds.Age, new AgeAnswer(75));

        var first = Scorer.FailingCriteria(answers);
        var other = new ScreeningScorer(second).FailingCriteria(answers);

        Assert.Contains(CriterionIds.I2, first);
        Assert.DoesNotContain("I2", other);
        Assert.Same(first, Scorer.FailingCriteria(answers));
    }

    private static Dictionary<string, ScreeningAnswers> VariedAnswers()
    {
        var eligible = People.Eligible();
        var variations = new Dictionary<string, ScreeningAnswers>(StringComparer.Ordinal)
        {
            ["empty"] = ScreeningAnswers.Empty,
            ["eligible"] = eligible,
            ["nephritis"] = People.EligibleWithNephritis(),
            ["age 16"] = eligible.Set(QuestionIds.Age, new AgeAnswer(16)),
            ["age unknown"] = eligible.Set(QuestionIds.Age, new UnknownAnswer(AnswerKind.Age)),
            ["no consent"] = eligible.Set(QuestionIds.Consent, new YesNoAnswer(false)),
            ["diagnosed a month ago"] = eligible.Set(QuestionIds.DiagnosisDuration, new ElapsedAnswer(Duration.FromMonths(1))),
            ["dose 40"] = eligible.Set(QuestionIds.SteroidDose, People.Dose("prednisone", 40)),
            ["transplant"] = eligible.Set(QuestionIds.Transplant, new YesNoAnswer(true)),
            ["score 4"] = eligible.Set(QuestionIds.Sledai, new NumberAnswer(4)),
        };
        foreach (var question in TrialFixture.Definition.Questions)
        {
            variations[$"without {question.Id}"] = eligible.Clear(question.Id);
        }

        return variations;
    }
}
