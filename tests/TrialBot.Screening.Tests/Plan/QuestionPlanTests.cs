using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Plan;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Plan;

public class QuestionPlanTests
{
    private static readonly QuestionPlan Plan = new(TrialFixture.Definition);

    [Fact]
    public void Starts_with_consent()
    {
        Assert.Equal(QuestionIds.Consent, Plan.Next(ScreeningAnswers.Empty));
    }

    [Fact]
    public void Asks_the_quick_questions_first()
    {
        var asked = AskAll(People.Eligible());

        Assert.Equal(
            [QuestionIds.Consent, QuestionIds.Age, QuestionIds.Diagnosis, QuestionIds.DiagnosisDuration, QuestionIds.DiseaseActive, QuestionIds.Transplant],
            asked.Take(6));
        Assert.Equal(QuestionIds.Location, asked[^1]);
    }

    [Fact]
    public void Refused_consent_stops()
    {
        Assert.Null(Plan.Next(ScreeningAnswers.Empty.Set(QuestionIds.Consent, new YesNoAnswer(false))));
    }

    [Fact]
    public void A_definite_fail_stops_early()
    {
        var answers = ScreeningAnswers.Empty
            .Set(QuestionIds.Consent, new YesNoAnswer(true))
            .Set(QuestionIds.Age, new AgeAnswer(16));

        Assert.Null(Plan.Next(answers));
    }

    [Fact]
    public void Changing_the_failing_answer_resumes_where_it_stopped()
    {
        var stopped = ScreeningAnswers.Empty
            .Set(QuestionIds.Consent, new YesNoAnswer(true))
            .Set(QuestionIds.Age, new AgeAnswer(16));

        Assert.Equal(QuestionIds.Age, Plan.Next(stopped.Clear(QuestionIds.Age)));
        Assert.Equal(QuestionIds.Diagnosis, Plan.Next(stopped.Set(QuestionIds.Age, new AgeAnswer(46))));
    }

    [Fact]
    public void Dont_know_does_not_stop()
    {
        var answers = ScreeningAnswers.Empty
            .Set(QuestionIds.Consent, new YesNoAnswer(true))
            .Set(QuestionIds.Age, new UnknownAnswer(AnswerKind.Age));

        Assert.Equal(QuestionIds.Diagnosis, Plan.Next(answers));
    }

    [Fact]
    public void Without_a_corticosteroid_the_steroid_questions_are_skipped()
    {
        var asked = AskAll(People.Eligible().WithTreatment(People.Medicines("hydroxychloroquine", "mycophenolate-mofetil")));

        Assert.DoesNotContain(QuestionIds.SteroidDose, asked);
        Assert.DoesNotContain(QuestionIds.SteroidDuration, asked);
        Assert.DoesNotContain(QuestionIds.SteroidStable, asked);
        Assert.Contains(QuestionIds.HighDoseSteroids, asked);
    }

    [Fact]
    public void With_a_corticosteroid_the_steroid_questions_follow_the_treatment()
    {
        var asked = AskAll(People.Eligible());

        var treatment = asked.IndexOf(QuestionIds.Treatment);
        Assert.Equal([QuestionIds.SteroidDose, QuestionIds.SteroidDuration, QuestionIds.SteroidStable], asked.Skip(treatment + 1).Take(3));
    }

    [Fact]
    public void Not_knowing_the_medicines_still_asks_about_steroids()
    {
        var answers = AnsweredUpTo(QuestionIds.Treatment).WithTreatment(new UnknownAnswer(AnswerKind.Medicines));

        Assert.Equal(QuestionIds.SteroidDose, Plan.Next(answers));
    }

    [Fact]
    public void Without_kidney_involvement_the_kidney_questions_are_skipped()
    {
        var asked = AskAll(People.Eligible());

        Assert.Contains(QuestionIds.Kidney, asked);
        Assert.DoesNotContain(QuestionIds.KidneyDialysis, asked);
        Assert.DoesNotContain(QuestionIds.KidneyProteinuria, asked);
        Assert.DoesNotContain(QuestionIds.KidneyCreatinine, asked);
    }

    [Fact]
    public void With_kidney_involvement_the_kidney_questions_follow()
    {
        var asked = AskAll(People.EligibleWithNephritis());

        var kidney = asked.IndexOf(QuestionIds.Kidney);
        Assert.Equal([QuestionIds.KidneyDialysis, QuestionIds.KidneyProteinuria, QuestionIds.KidneyCreatinine], asked.Skip(kidney + 1).Take(3));
    }

    [Fact]
    public void Progress_counts_from_one_of_all_questions()
    {
        Assert.Equal(new ScreeningProgress(1, 22), Plan.Progress(ScreeningAnswers.Empty));
    }

    [Fact]
    public void Progress_total_shrinks_when_questions_stop_applying()
    {
        var beforeTreatment = AnsweredUpTo(QuestionIds.Treatment);
        var withoutSteroid = beforeTreatment.WithTreatment(People.Medicines("hydroxychloroquine"));

        Assert.Equal(new ScreeningProgress(10, 22), Plan.Progress(beforeTreatment));
        Assert.Equal(new ScreeningProgress(11, 19), Plan.Progress(withoutSteroid));
    }

    [Fact]
    public void Progress_ignores_answers_that_no_longer_apply()
    {
        var answers = People.EligibleWithNephritis().Clear(QuestionIds.Location).Set(QuestionIds.Kidney, new YesNoAnswer(false));

        Assert.Equal(new ScreeningProgress(19, 19), Plan.Progress(answers));
    }

    [Fact]
    public void Progress_when_finished_is_the_number_answered()
    {
        Assert.Equal(new ScreeningProgress(19, 19), Plan.Progress(People.Eligible()));
        Assert.Null(Plan.Next(People.Eligible()));
    }

    [Fact]
    public void Progress_is_described_in_both_languages()
    {
        var text = new ScreeningProgress(3, 18).Describe(TrialFixture.Definition);

        Assert.Equal("Question 3 of about 18", text.En);
        Assert.Equal("第3题，共约18题", text.Zh);
    }

    [Fact]
    public void Progress_stops_with_a_fail()
    {
        var answers = ScreeningAnswers.Empty.Set(QuestionIds.Consent, new YesNoAnswer(true)).Set(QuestionIds.Age, new AgeAnswer(90));

        Assert.Equal(new ScreeningProgress(2, 2), Plan.Progress(answers));
    }

    /// <summary>The questions the plan asks, in order, when each is answered from <paramref name="person"/>.</summary>
    private static List<string> AskAll(ScreeningAnswers person)
    {
        var asked = new List<string>();
        var answers = ScreeningAnswers.Empty;
        while (Plan.Next(answers) is { } next)
        {
            Assert.DoesNotContain(next, asked);
            asked.Add(next);
            answers = answers.Set(next, person.Get(next) ?? throw new InvalidOperationException($"The test person has no answer to {next}."));
        }

        return asked;
    }

    /// <summary>The eligible person's answers to every question asked before <paramref name="questionId"/>.</summary>
    private static ScreeningAnswers AnsweredUpTo(string questionId)
    {
        var person = People.Eligible();
        var answers = ScreeningAnswers.Empty;
        while (Plan.Next(answers) is { } next && next != questionId)
        {
            answers = answers.Set(next, person.Get(next)!);
        }

        return answers;
    }
}
