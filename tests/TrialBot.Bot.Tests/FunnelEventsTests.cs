using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Tests.Support;
using TrialBot.Storage.Funnel;

namespace TrialBot.Bot.Tests;

public class FunnelEventsTests
{
    [Fact]
    public async Task A_screening_is_stored_as_funnel_events_of_one_random_session_with_channel_language_trial_and_site_but_no_answer()
    {
        await using var driver = ChatDriver.Create(channelId: "sms", locale: "zh-CN");
        using var metrics = new MetricRecorder(ScreeningMetrics.MeterName, driver.Services.GetRequiredService<IMeterFactory>());

        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleChinese, stopAt: "age");
        await driver.SayAsync("一百五十");
        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleChinese, await driver.SayAsync("45"));
        await driver.SayAsync("是");
        await driver.SayAsync("李伟");
        await driver.SayAsync("li.wei@example.org");

        var events = await driver.Services.GetRequiredService<IFunnelEventStore>().ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.Equal(FunnelEventKinds.Started, events[0].Kind);
        Assert.Single(events.Select(entry => entry.SessionId).Distinct());
        Assert.DoesNotContain(ChatDriver.ConversationId, events[0].SessionId, StringComparison.Ordinal);
        Assert.All(events, entry => Assert.Equal(("sms", "zh", "NCT05765006"), (entry.ChannelId, entry.Language, entry.TrialId)));
        Assert.Equal(metrics.Total(ScreeningMetrics.QuestionsAskedName), events.Count(entry => entry.Kind == FunnelEventKinds.QuestionReached));
        Assert.Contains(events, entry => entry.Kind == FunnelEventKinds.QuestionReached && entry.QuestionId == "location");
        var reask = Assert.Single(events, entry => entry.Kind == FunnelEventKinds.Reasked);
        Assert.Equal("age", reask.QuestionId);
        Assert.Equal("likely-eligible", Assert.Single(events, entry => entry.Kind == FunnelEventKinds.Completed).OutcomeId);
        Assert.NotNull(Assert.Single(events, entry => entry.Kind == FunnelEventKinds.Referred).SiteId);
        Assert.DoesNotContain(events, entry => (entry.QuestionId ?? string.Empty).Contains('五') || (entry.OutcomeId ?? string.Empty).Contains('五'));

        Assert.Equal(1, metrics.Total(ScreeningMetrics.StartedName, ScreeningMetrics.ChannelTag, "sms"));
        Assert.Equal(1, metrics.Total(ScreeningMetrics.ReasksName, ScreeningMetrics.LanguageTag, "zh"));
        Assert.Equal(metrics.Total(ScreeningMetrics.QuestionsAskedName), metrics.Total(ScreeningMetrics.QuestionsAskedName, ScreeningMetrics.ChannelTag, "sms"));
    }

    [Fact]
    public async Task Starting_again_in_the_same_conversation_begins_a_new_session()
    {
        await using var driver = ChatDriver.Create();

        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleEnglish, stopAt: "age");
        await driver.SayAsync("start over");
        await driver.SayAsync("yes");

        var events = await driver.Services.GetRequiredService<IFunnelEventStore>().ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        var starts = events.Where(entry => entry.Kind == FunnelEventKinds.Started).ToList();
        Assert.True(starts.Count >= 2, $"expected a second start, got {starts.Count}");
        Assert.NotEqual(starts[0].SessionId, starts[^1].SessionId);
        var afterRestart = events.Skip(events.ToList().LastIndexOf(starts[^1])).ToList();
        Assert.Contains(afterRestart, entry => entry.Kind == FunnelEventKinds.QuestionReached);
        Assert.All(afterRestart, entry => Assert.True(starts[^1].SessionId == entry.SessionId, string.Join("\n", events)));
    }
}
