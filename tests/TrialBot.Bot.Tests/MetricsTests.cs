using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Tests.Support;

namespace TrialBot.Bot.Tests;

public class MetricsTests
{
    [Fact]
    public async Task The_funnel_outcomes_reasks_and_referrals_are_counted_by_question_and_outcome_ids_only()
    {
        await using var driver = ChatDriver.Create();
        using var metrics = new MetricRecorder(ScreeningMetrics.MeterName, driver.Services.GetRequiredService<IMeterFactory>());

        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, stopAt: "age");
        await driver.SayAsync("a hundred and fifty");
        await driver.SayAsync("help");
        var transcript = await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, await driver.SayAsync("45"));
        await driver.SayAsync("yes");
        await driver.SayAsync("Li Wei");
        await driver.SayAsync("li.wei@example.org");

        Assert.Equal(1, metrics.Total(ScreeningMetrics.StartedName));
        Assert.Equal(1, metrics.Total(ScreeningMetrics.CompletedName, ScreeningMetrics.OutcomeTag, "likely-eligible"));
        Assert.Equal(1, metrics.Total(ScreeningMetrics.QuestionsAskedName, ScreeningMetrics.QuestionTag, "age"));
        Assert.Equal(1, metrics.Total(ScreeningMetrics.QuestionsAskedName, ScreeningMetrics.QuestionTag, "location"));
        Assert.Equal(transcript.ScreeningQuestionsAsked.Count + 2, metrics.Total(ScreeningMetrics.QuestionsAskedName));
        Assert.Equal(1, metrics.Total(ScreeningMetrics.ReasksName, ScreeningMetrics.QuestionTag, "age"));
        Assert.Equal(1, metrics.Total(ScreeningMetrics.ReferralsStoredName, ScreeningMetrics.OutcomeTag, "likely-eligible"));
        Assert.DoesNotContain(metrics.TagValues(ScreeningMetrics.ReasksName, ScreeningMetrics.QuestionTag), value => value is string text && text.Contains("hundred", StringComparison.Ordinal));
    }
}
