using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Medicines;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>
/// A medicines rule with a course frame (NCT06038474's I3: each medicine tried for at least 12 weeks within 24 months):
/// a medicine counts unless what the person said of it contradicts the frame, and a count that falls short only
/// because of such medicines stays open with them quoted, never a silent exclusion. NCT05765006's rules, which have no
/// frame, read the same answers as before.
/// </summary>
public class MedicineCourseRuleTests
{
    private static readonly TrialDefinition Trial = RepositoryTrials.Get("NCT06038474");
    private static readonly ScreeningScorer Scorer = new(Trial);

    private static ScreeningAnswers Eligible(MedicinesAnswer treatment) => ScreeningAnswers.Empty
        .Set("age", new AgeAnswer(52))
        .Set("diagnosis", new YesNoAnswer(true))
        .Set("pregnant", new YesNoAnswer(false))
        .Set("disease-active", new YesNoAnswer(true))
        .Set("treatment", treatment)
        .Set("antibodies", new YesNoAnswer(true))
        .Set("nephritis", new YesNoAnswer(false))
        .Set("neuro", new YesNoAnswer(false))
        .Set("chronic-illness", new YesNoAnswer(false));

    private static MedicineTaken Prednisone(Duration? takenFor = null, Duration? takenAgo = null, MedicineStatus status = MedicineStatus.Current) =>
        new("prednisone", MedicineClass.Corticosteroid, status) { TakenFor = takenFor, TakenAgo = takenAgo };

    private static MedicineTaken Immunosuppressant(string id, Duration? takenFor = null, Duration? takenAgo = null, MedicineStatus status = MedicineStatus.Current) =>
        new(id, MedicineClass.Immunosuppressant, status) { TakenFor = takenFor, TakenAgo = takenAgo };

    private static CriterionResult I3(ScreeningResult result) => result.Criteria.Single(criterion => criterion.CriterionId == "I3");

    [Fact]
    public void A_glucocorticoid_taken_for_two_weeks_does_not_count_and_the_criterion_stays_open_with_it_quoted()
    {
        var result = Scorer.Score(Eligible(MedicinesAnswer.Of([Prednisone(Duration.FromWeeks(2)), Immunosuppressant("mycophenolate-mofetil"), Immunosuppressant("azathioprine")])));

        Assert.Equal(CriterionStatus.Unknown, I3(result).Status);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.Contains("You named prednisone (for 2 weeks), which we did not count", I3(result).Reason.En, StringComparison.Ordinal);
        Assert.Contains("at least 12 weeks within the last 24 months", I3(result).Reason.En, StringComparison.Ordinal);
        Assert.Contains("prednisone (for 2 weeks)", I3(result).Answer.En, StringComparison.Ordinal);
        Assert.False(Scorer.HasDefiniteFail(Eligible(MedicinesAnswer.Of([Prednisone(Duration.FromWeeks(2)), Immunosuppressant("mycophenolate-mofetil"), Immunosuppressant("azathioprine")]))));
    }

    [Fact]
    public void Prednisone_for_two_weeks_methotrexate_for_a_month_and_cellcept_is_never_likely_eligible()
    {
        var treatment = MedicinesAnswer.Of([Prednisone(Duration.FromWeeks(2)), Immunosuppressant("methotrexate", Duration.FromMonths(1)), Immunosuppressant("mycophenolate-mofetil")]);

        var result = Scorer.Score(Eligible(treatment));

        Assert.NotEqual(ScreeningOutcome.LikelyEligible, result.Outcome);
        Assert.Equal(CriterionStatus.Unknown, I3(result).Status);
        Assert.Contains("prednisone (for 2 weeks)", I3(result).Reason.En, StringComparison.Ordinal);
        Assert.Contains("methotrexate (for 1 month)", I3(result).Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_immunosuppressant_stopped_longer_ago_than_the_window_does_not_count()
    {
        var treatment = MedicinesAnswer.Of([Prednisone(), Immunosuppressant("mycophenolate-mofetil"), Immunosuppressant("azathioprine", takenAgo: Duration.FromDays(2520), status: MedicineStatus.Stopped)]);

        var result = Scorer.Score(Eligible(treatment));

        Assert.Equal(CriterionStatus.Unknown, I3(result).Status);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.Contains("You named azathioprine (stopped 6.9 years ago), which we did not count", I3(result).Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(84, 730.485)]
    [InlineData(365, 0)]
    [InlineData(1000, 300)]
    public void Courses_at_least_as_long_and_as_recent_as_the_frame_count(double takenForDays, double takenAgoDays)
    {
        var course = (For: Duration.FromDays(takenForDays), Ago: Duration.FromDays(takenAgoDays));
        var treatment = MedicinesAnswer.Of(
        [
            Prednisone(course.For, course.Ago, MedicineStatus.Stopped),
            Immunosuppressant("mycophenolate-mofetil", course.For, course.Ago, MedicineStatus.Stopped),
            Immunosuppressant("azathioprine", course.For),
        ]);

        var result = Scorer.Score(Eligible(treatment));

        Assert.Equal(CriterionStatus.Pass, I3(result).Status);
        Assert.Equal(ScreeningOutcome.LikelyEligible, result.Outcome);
    }

    [Fact]
    public void Medicines_with_nothing_said_of_their_course_count_and_the_course_is_confirmed_at_screening()
    {
        var result = Scorer.Score(Eligible(MedicinesAnswer.Of([Prednisone(), Immunosuppressant("mycophenolate-mofetil"), Immunosuppressant("azathioprine")])));

        Assert.Equal(ScreeningOutcome.LikelyEligible, result.Outcome);
        Assert.Contains(result.ToConfirm, item => item.En.Contains("at least 12 weeks within the 24 months", StringComparison.Ordinal));
    }

    [Fact]
    public void Enough_medicines_besides_one_taken_too_briefly_still_pass()
    {
        var treatment = MedicinesAnswer.Of(
        [
            Prednisone(),
            Immunosuppressant("methotrexate", Duration.FromWeeks(3)),
            Immunosuppressant("mycophenolate-mofetil"),
            Immunosuppressant("azathioprine", Duration.FromYears(2)),
        ]);

        Assert.Equal(CriterionStatus.Pass, I3(Scorer.Score(Eligible(treatment))).Status);
    }

    [Fact]
    public void Too_few_even_counting_those_outside_the_frame_still_fails()
    {
        var treatment = MedicinesAnswer.Of([Prednisone(), Immunosuppressant("methotrexate", Duration.FromWeeks(3))]);

        var result = Scorer.Score(Eligible(treatment));

        Assert.Equal(CriterionStatus.Fail, I3(result).Status);
        Assert.Contains(Trial.Criterion("I3").Reason("too-few-immunosuppressants").En, I3(result).Reason.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_said_to_be_taken_too_briefly_stays_open()
    {
        var treatment = MedicinesAnswer.Of(
        [
            new MedicineTaken(MedicineClassIds.Corticosteroid, MedicineClass.Corticosteroid) { TakenFor = Duration.FromDays(5) },
            Immunosuppressant("mycophenolate-mofetil"),
            Immunosuppressant("azathioprine"),
        ]);

        var result = Scorer.Score(Eligible(treatment));

        Assert.Equal(CriterionStatus.Unknown, I3(result).Status);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
    }

    [Fact]
    public void The_first_trials_medicines_rules_read_the_medicines_taken_now_as_before_whatever_was_said_of_their_course()
    {
        var first = new ScreeningScorer(TrialFixture.Definition);
        var plain = People.Eligible();
        var withCourses = plain.WithTreatment(MedicinesAnswer.Of(
        [
            new MedicineTaken("prednisone", MedicineClass.Corticosteroid) { TakenFor = Duration.FromDays(3), TakenAgo = Duration.FromYears(10) },
            new MedicineTaken("hydroxychloroquine", MedicineClass.Antimalarial) { TakenFor = Duration.FromDays(1) },
        ]));

        var before = first.Score(plain);
        var after = first.Score(withCourses);

        Assert.Equal(before.Outcome, after.Outcome);
        Assert.Equal(before.Criteria.Select(c => (c.CriterionId, c.Status, c.Reason)), after.Criteria.Select(c => (c.CriterionId, c.Status, c.Reason)));
    }
}
