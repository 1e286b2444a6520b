using System.Text.Json.Nodes;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Definition;

/// <summary>The subject of a yes/no question is data of the trial definition, in both languages.</summary>
public class QuestionSubjectTests
{
    [Fact]
    public void Every_yes_no_question_states_what_it_asks_about_in_both_languages()
    {
        foreach (var question in TrialFixture.Definition.Questions.Where(q => q.Kind == Screening.Answers.AnswerKind.YesNo))
        {
            Assert.True(question.Subject is { About.Count: > 0 }, $"{question.Id} has no subject.");
            Assert.Contains(question.Subject!.About, term => term.Any(c => c >= '\u4E00'));
            Assert.Contains(question.Subject.About, term => term.All(c => c < '\u2E80'));
        }
    }

    [Fact]
    public void The_brain_question_does_not_count_what_lupus_caused()
    {
        var subject = TrialFixture.Definition.Question(QuestionIds.Cns).Subject!;

        Assert.Contains("epilepsy", subject.About);
        Assert.Contains("癫痫", subject.About);
        Assert.Contains("caused by lupus", subject.NotCounting);
    }

    [Fact]
    public void Only_a_yes_no_question_has_a_subject()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.Age)["about"] =
            new JsonObject { ["en"] = new JsonArray("age"), ["zh"] = new JsonArray("年龄") });

        Assert.Contains("only a yes-no question", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_high_dose_question_takes_its_dose_limit_from_the_criterion()
    {
        var subject = TrialFixture.Definition.Question(QuestionIds.HighDoseSteroids).Subject!;

        Assert.Equal(100, subject.NoBelowDailyDose?.MgPerDay);
        Assert.Equal(8, subject.NoOlderThan?.Weeks);
        Assert.Equal(14, subject.NoShorterThanDays);
    }

    [Fact]
    public void A_dose_limit_that_is_no_number_is_refused()
    {
        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.HighDoseSteroids)["noBelowDailyDose"] = "a lot");

        Assert.Contains("expected a number or a criterion's limit", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_elapsed_time_question_measures_the_time_since_the_diagnosis()
    {
        Assert.True(TrialFixture.Definition.Question(QuestionIds.DiagnosisDuration).MeasuresSinceDiagnosis);
        Assert.False(TrialFixture.Definition.Question(QuestionIds.SteroidDuration).MeasuresSinceDiagnosis);

        var error = DefinitionVariant.LoadError(root => DefinitionVariant.Question(root, QuestionIds.Age)["measuresSinceDiagnosis"] = true);

        Assert.Contains("only an elapsed-time question", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_questions_about_now_say_so_and_those_about_a_whole_life_do_not()
    {
        Assert.True(TrialFixture.Definition.Question(QuestionIds.LupusCrisis).Subject!.AsksAboutNow);
        Assert.False(TrialFixture.Definition.Question(QuestionIds.Transplant).Subject!.AsksAboutNow);
        Assert.False(TrialFixture.Definition.Question(QuestionIds.Cns).Subject!.AsksAboutNow);
    }
}
