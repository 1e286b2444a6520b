using System.Text.Json.Nodes;
using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Plan;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Plan;

/// <summary>
/// The two repository trials screened together (<see cref="TrialSet"/>): a question asked alike is asked once, a question
/// with the same id in other words is each trial's own, the combined order keeps each trial's order, a trial's own
/// questions stop once it fails, and each trial is scored on its own view of the answers.
/// </summary>
public class TrialSetPlanTests
{
    private const string First = "NCT05765006";
    private const string Second = "NCT06038474";

    private static readonly TrialSet Both = TrialSet.Of([RepositoryTrials.Get(First), RepositoryTrials.Get(Second)]);
    private static readonly QuestionPlan Plan = new(Both);
    private static readonly string[] TriedForTheSecond = ["prednisone", "mycophenolate-mofetil", "azathioprine"];

    private static string SecondOwn(string questionId) => Second + "/" + questionId;

    /// <summary>Eligible for both: the first trial's eligible person, with the second trial's own questions answered alike.</summary>
    private static ScreeningAnswers EligibleForBoth() => People.Eligible()
        .Set("pregnant", new YesNoAnswer(false))
        .Set(SecondOwn("disease-active"), new YesNoAnswer(true))
        .Set(SecondOwn("treatment"), MedicinesAnswer.Of(TriedForTheSecond.Select(id => RepositoryTrials.Get(Second).Medicines.Find(id)!)))
        .Set(SecondOwn("antibodies"), new YesNoAnswer(true))
        .Set("nephritis", new YesNoAnswer(false))
        .Set("neuro", new YesNoAnswer(false))
        .Set("chronic-illness", new YesNoAnswer(false));

    [Fact]
    public void A_question_asked_in_the_same_words_is_one_question_and_one_asked_in_other_words_is_each_trials_own()
    {
        var ids = Both.Combined.Questions.Select(question => question.Id).ToList();

        Assert.Single(ids, id => id == "age");
        Assert.Single(ids, id => id == "diagnosis");
        Assert.Contains("treatment", ids);
        Assert.Contains(SecondOwn("treatment"), ids);
        Assert.Contains(SecondOwn("antibodies"), ids);
        Assert.Contains(SecondOwn("disease-active"), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(RepositoryTrials.Get(Second).Question("treatment").Text, Both.Combined.Question(SecondOwn("treatment")).Text);
        Assert.Equal([First + "/I2", Second + "/I1"], Both.Combined.Question("age").Criteria);
    }

    [Fact]
    public void The_combined_order_keeps_each_trials_own_order()
    {
        var ids = Both.Combined.Questions.Select(question => question.Id).ToList();
        var first = RepositoryTrials.Get(First).Questions.Select(question => question.Id).ToList();
        var second = RepositoryTrials.Get(Second).Questions.Select(question => Both.AskedAs(RepositoryTrials.Get(Second), question.Id)!).ToList();

        Assert.Equal(first, ids.Where(first.Contains));
        Assert.Equal(second, ids.Where(second.Contains));
        Assert.Equal(ids.IndexOf("diagnosis") + 1, ids.IndexOf("pregnant"));
    }

    [Fact]
    public void Someone_eligible_for_both_is_asked_every_question_once_and_both_trials_score_likely_eligible()
    {
        var answers = EligibleForBoth();
        var asked = AskAll(answers);

        Assert.Equal(Both.Combined.Questions.Where(question => !question.Id.StartsWith("kidney.", StringComparison.Ordinal)).Select(question => question.Id), asked);
        Assert.Equal(asked.Count, Plan.Step(answers).Progress.Current);
        Assert.All(Both.Trials, trial => Assert.Equal(ScreeningOutcome.LikelyEligible, new ScreeningScorer(trial).Score(Both.AnswersFor(trial, answers)).Outcome));
        Assert.Equal(ScreeningOutcome.LikelyEligible, new ScreeningScorer(Both.Combined).Score(answers).Outcome);
    }

    [Fact]
    public void Once_the_second_trial_fails_its_own_questions_are_skipped_and_the_first_trials_go_on()
    {
        var asked = AskAll(EligibleForBoth().Set("pregnant", new YesNoAnswer(true)));

        Assert.Contains("pregnant", asked);
        Assert.DoesNotContain(asked, id => id is "nephritis" or "neuro" or "chronic-illness" || id.StartsWith(Second, StringComparison.Ordinal));
        Assert.Contains("sledai", asked);
        Assert.Equal("location", asked[^1]);
    }

    [Fact]
    public void Once_the_first_trial_fails_its_own_questions_are_skipped_and_the_second_trials_go_on()
    {
        var asked = AskAll(EligibleForBoth().Set("cns", new YesNoAnswer(true)));

        Assert.Contains("cns", asked);
        Assert.DoesNotContain(asked, id => id is "other-autoimmune" or "treatment" or "steroid-dose" or "sledai" or "iga" or "location");
        Assert.Equal(["nephritis", "neuro", "chronic-illness"], asked.TakeLast(3));
        Assert.Contains(SecondOwn("treatment"), asked);
    }

    [Fact]
    public void When_every_trial_has_failed_the_screening_is_over()
    {
        var answers = ScreeningAnswers.Empty
            .Set("consent", new YesNoAnswer(true))
            .Set("age", new AgeAnswer(16));

        Assert.Null(Plan.Next(answers));
        Assert.Equal(ScreeningOutcome.LikelyIneligible, new ScreeningScorer(Both.Combined).Score(answers).Outcome);
    }

    [Fact]
    public void Consent_refused_for_one_trial_ends_the_whole_screening_as_declined()
    {
        var answers = ScreeningAnswers.Empty.Set("consent", new YesNoAnswer(false));

        Assert.Null(Plan.Next(answers));
        Assert.Equal(ScreeningOutcome.Declined, new ScreeningScorer(Both.Combined).Score(answers).Outcome);
    }

    [Fact]
    public void A_Chinese_conversation_screens_only_the_trial_with_Chinese_texts()
    {
        var asked = AskAll(EligibleForBoth(), "zh-CN");

        Assert.Equal([First], Both.ScreenedIn("zh-CN").Select(trial => trial.Id));
        Assert.DoesNotContain(asked, id => id is "pregnant" or "nephritis" || id.StartsWith(Second, StringComparison.Ordinal));
        Assert.Equal(AskAll(People.Eligible(), null, new QuestionPlan(RepositoryTrials.Get(First))), asked);
    }

    [Fact]
    public void The_combined_scorer_names_each_failing_criterion_by_its_trial()
    {
        var answers = EligibleForBoth().Set("pregnant", new YesNoAnswer(true)).Set("cns", new YesNoAnswer(true));

        Assert.Equal([First + "/E3", Second + "/E3"], new ScreeningScorer(Both.Combined).FailingCriteria(answers));
        Assert.True(new ScreeningScorer(Both.Combined).HasDefiniteFail(answers));
        Assert.False(new ScreeningScorer(Both.Combined).HasDefiniteFail(EligibleForBoth().Set("pregnant", new YesNoAnswer(true))));
    }

    [Fact]
    public void One_trial_is_its_own_definition()
    {
        var one = TrialSet.Of([TrialFixture.Definition]);

        Assert.Same(TrialFixture.Definition, one.Combined);
        Assert.False(one.IsMany);
        var answers = People.Eligible();
        Assert.Same(answers, one.AnswersFor(TrialFixture.Definition, answers));
    }

    [Fact]
    public void A_question_id_shared_with_another_kind_of_answer_stops_the_start_naming_both_files()
    {
        // The first trial's place question (a location answer) renamed to the second trial's yes/no question's id.
        using var clash = new DefinitionVariant(root => DefinitionVariant.Question(root, "location")["id"] = JsonValue.Create("pregnant"));
        var error = Assert.Throws<TrialDefinitionException>(() => TrialSet.Of(
            [TrialDefinitionLoader.Load(clash.Path), RepositoryTrials.Get(Second)],
            [clash.Path, "trials/NCT06038474.json"]));

        Assert.Contains("trials/NCT06038474.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(clash.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("'pregnant'", error.Message, StringComparison.Ordinal);
    }

    private static List<string> AskAll(ScreeningAnswers person, string? language = null, QuestionPlan? plan = null)
    {
        plan ??= Plan;
        var asked = new List<string>();
        var answers = ScreeningAnswers.Empty;
        while (plan.Next(answers, language) is { } next)
        {
            asked.Add(next);
            answers = answers.Set(next, person.Get(next) ?? throw new InvalidOperationException($"No answer to '{next}'."));
        }

        return asked;
    }
}
