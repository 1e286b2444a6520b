using TrialBot.Screening.Answers;
using TrialBot.Screening.Definition;
using TrialBot.Screening.Quantities;
using TrialBot.Screening.Scoring;
using TrialBot.Screening.Tests.Support;
using static TrialBot.Screening.Tests.Support.Scores;

namespace TrialBot.Screening.Tests.Scoring;

/// <summary>
/// The listing's dose limits are for <em>oral</em> corticosteroids: an injected, pulse, weekly or monthly dose is kept
/// for the study team and leaves the dose part of I4 open (needs review), never a pass or a fail; a pulse of at least
/// 100 mg/day prednisone-equivalent feeds E1 as the listing words it (≥ 14 days in the 8 weeks before screening).
/// </summary>
public class SteroidRouteTests
{
    private static DoseAnswer Dose(string medicineId, double intakeMg, double intakes, double intervalDays, DoseRoute route, bool pulse = false, int? courseDays = null, bool frequencyStated = true) =>
        DoseAnswer.Of(
            TrialFixture.Medicine(medicineId),
            DailyDose.FromIntake(intakeMg * intakes, intervalDays),
            new DoseSchedule(intakeMg, intakes, intervalDays) { Route = route, Pulse = pulse, CourseDays = courseDays, FrequencyStated = frequencyStated });

    private static ScreeningAnswers OnImmunosuppressant(Answer dose) => People.Eligible()
        .WithTreatment(People.Medicines("methylprednisolone", "mycophenolate-mofetil"))
        .Set(QuestionIds.SteroidDose, dose);

    [Fact]
    public void A_monthly_depot_injection_is_kept_and_goes_to_review_not_to_a_daily_dose()
    {
        var depot = Dose("methylprednisolone", 40, 1, Duration.DaysPerMonth, DoseRoute.Injected);

        var result = Score(OnImmunosuppressant(depot));
        var i4 = result.Criterion(CriterionIds.I4);

        Assert.Equal(CriterionStatus.Unknown, i4.Status);
        Assert.True(i4.NeedsReview);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
        Assert.Contains("methylprednisolone 40 mg, injected or IV, monthly", i4.Reason.En, StringComparison.Ordinal);
        Assert.Contains("甲泼尼龙40毫克，注射或静脉、每月一次", i4.Reason.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("50 mg/day", i4.Reason.En + i4.Answer.En, StringComparison.Ordinal);
        Assert.InRange(depot.PrednisoneEquivalent.MgPerDay, 1.64, 1.65);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(Duration.DaysPerMonth)]
    public void A_weekly_or_monthly_dose_of_unstated_route_is_not_an_oral_daily_dose(double intervalDays)
    {
        var dose = Dose("methylprednisolone", 40, 1, intervalDays, DoseRoute.Unstated);

        Assert.Equal(CriterionStatus.Unknown, StatusOf(OnImmunosuppressant(dose), CriterionIds.I4));
    }

    [Theory]
    [InlineData(DoseRoute.Oral)]
    [InlineData(DoseRoute.Unstated)]
    public void Tablets_every_other_day_or_twice_a_day_are_spread_over_the_day(DoseRoute route)
    {
        var everyOtherDay = Dose("prednisone", 20, 1, 2, route);
        var twiceADay = Dose("prednisone", 5, 2, 1, route);
        var answers = People.Eligible().WithTreatment(People.Medicines("prednisone", "hydroxychloroquine"));

        Assert.Equal(CriterionStatus.Pass, StatusOf(answers.Set(QuestionIds.SteroidDose, everyOtherDay), CriterionIds.I4));
        Assert.Equal(CriterionStatus.Pass, StatusOf(answers.Set(QuestionIds.SteroidDose, twiceADay), CriterionIds.I4));
        Assert.Equal(10, everyOtherDay.PrednisoneEquivalent.MgPerDay, 6);
    }

    [Fact]
    public void An_injected_dose_at_an_oral_daily_figure_is_still_not_decided_on_the_oral_limits()
    {
        // 8 mg methylprednisolone a day would pass as tablets; as a daily drip it is for the team.
        var drip = Dose("methylprednisolone", 8, 1, 1, DoseRoute.Injected);

        var i4 = Score(OnImmunosuppressant(drip)).Criterion(CriterionIds.I4);

        Assert.Equal(CriterionStatus.Unknown, i4.Status);
        Assert.True(i4.NeedsReview);
    }

    [Fact]
    public void A_short_pulse_is_kept_for_the_team_and_does_not_exclude_by_itself()
    {
        var pulse = Dose("methylprednisolone", 500, 1, 1, DoseRoute.Injected, pulse: true, courseDays: 3);

        var result = Score(OnImmunosuppressant(pulse));

        Assert.Equal(CriterionStatus.Unknown, result.Criterion(CriterionIds.I4).Status);
        Assert.Contains("a pulse of 3 days", result.Criterion(CriterionIds.I4).Reason.En, StringComparison.Ordinal);
        Assert.Equal(CriterionStatus.Pass, result.Criterion(CriterionIds.E1).Status);
    }

    [Fact]
    public void A_pulse_of_at_least_100_mg_a_day_for_14_days_or_more_excludes_under_E1()
    {
        var pulse = Dose("methylprednisolone", 500, 1, 1, DoseRoute.Injected, pulse: true, courseDays: 14);

        var result = Score(OnImmunosuppressant(pulse));

        Assert.Equal(CriterionStatus.Fail, result.Criterion(CriterionIds.E1).Status);
        Assert.Equal(ScreeningOutcome.LikelyIneligible, result.Outcome);
    }

    [Fact]
    public void A_pulse_of_unknown_length_leaves_E1_open_for_review_with_the_dose_quoted()
    {
        var pulse = Dose("methylprednisolone", 1000, 1, 1, DoseRoute.Unstated, pulse: true, frequencyStated: false);

        var result = Score(OnImmunosuppressant(pulse));
        var e1 = result.Criterion(CriterionIds.E1);

        Assert.Equal(CriterionStatus.Unknown, e1.Status);
        Assert.True(e1.NeedsReview);
        Assert.Contains("methylprednisolone 1000 mg, a pulse", e1.Reason.En, StringComparison.Ordinal);
        Assert.Equal(ScreeningOutcome.NeedsReview, result.Outcome);
    }

    [Fact]
    public void A_pulse_below_100_mg_a_day_prednisone_equivalent_does_not_touch_E1()
    {
        var pulse = Dose("methylprednisolone", 40, 1, 1, DoseRoute.Injected, pulse: true);

        Assert.Equal(CriterionStatus.Pass, StatusOf(OnImmunosuppressant(pulse), CriterionIds.E1));
    }

    [Fact]
    public void The_schedule_survives_a_json_round_trip()
    {
        var answers = ScreeningAnswers.Empty.Set(QuestionIds.SteroidDose, Dose("methylprednisolone", 500, 1, 1, DoseRoute.Injected, pulse: true, courseDays: 3));

        var back = Assert.IsType<DoseAnswer>(ScreeningAnswersJson.Deserialize(ScreeningAnswersJson.Serialize(answers))!.Get(QuestionIds.SteroidDose));

        Assert.Equal(DoseRoute.Injected, back.Schedule!.Route);
        Assert.True(back.Schedule.Pulse);
        Assert.Equal(3, back.Schedule.CourseDays);
        Assert.False(back.IsOralDaily);
        Assert.Equal(DoseRoute.Injected, back.Route);
        Assert.Contains("\"route\":\"injected\"", ScreeningAnswersJson.Serialize(answers), StringComparison.Ordinal);
    }
}
