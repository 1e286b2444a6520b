using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TrialBot.Bot.Metrics;
using TrialBot.Bot.Tests.Support;
using TrialBot.Storage.Funnel;

namespace TrialBot.Bot.Tests;

public class FunnelEventsTests
{
    private const string First = "NCT05765006";
    private const string Second = "NCT06038474";
    private const string Both = First + "," + Second;

    private static readonly Dictionary<string, string?> BothTrials = new()
    {
        ["Trial:DefinitionPaths:0"] = "trials/NCT05765006.json",
        ["Trial:DefinitionPaths:1"] = "trials/NCT06038474.json",
    };

    /// <summary>Eligible for both trials: the first trial's eligible person, with the second trial's own questions answered.</summary>
    private static AnswerBook EligibleForBoth { get; } = AnswerBook.EligibleEnglish.With(
        ("pregnant", "no"),
        (Second + "/disease-active", "yes"),
        (Second + "/treatment", "prednisone, mycophenolate mofetil and azathioprine"),
        (Second + "/antibodies", "yes"),
        ("nephritis", "no"),
        ("neuro", "no"),
        ("chronic-illness", "no"));

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
        Assert.DoesNotContain(events, entry => entry.Kind == FunnelEventKinds.TrialOutcome);
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

    [Fact]
    public async Task With_two_trials_every_step_names_both_and_the_completion_records_each_trials_own_outcome()
    {
        await using var driver = ChatDriver.Create(settings: BothTrials);

        await ScreeningRun.RunAsync(driver, EligibleForBoth.With(("pregnant", "yes")));
        await driver.SayAsync("yes");
        await driver.SayAsync("Li Wei");
        await driver.SayAsync("li.wei@example.org");

        var events = await driver.Services.GetRequiredService<IFunnelEventStore>().ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.Single(events.Select(entry => entry.SessionId).Distinct());
        Assert.All(
            events.Where(entry => entry.Kind is FunnelEventKinds.Started or FunnelEventKinds.QuestionReached or FunnelEventKinds.Reasked),
            entry => Assert.Equal(Both, entry.TrialId));
        Assert.Contains(events, entry => entry.Kind == FunnelEventKinds.QuestionReached && entry.QuestionId == "pregnant");
        var completed = Assert.Single(events, entry => entry.Kind == FunnelEventKinds.Completed);
        Assert.Equal((Both, "likely-eligible"), (completed.TrialId, completed.OutcomeId));
        var perTrial = events.Where(entry => entry.Kind == FunnelEventKinds.TrialOutcome).Select(entry => (entry.TrialId, entry.OutcomeId));
        Assert.Equal([(First, "likely-eligible"), (Second, "likely-ineligible")], perTrial);
        var referred = Assert.Single(events, entry => entry.Kind == FunnelEventKinds.Referred);
        Assert.Equal((First, "shanghai-renji"), (referred.TrialId, referred.SiteId));
    }

    [Fact]
    public async Task With_two_trials_a_Chinese_screening_records_the_rows_of_the_one_trial_it_screens()
    {
        await using var driver = ChatDriver.Create(locale: "zh-CN", settings: BothTrials);

        await ScreeningRun.RunAsync(driver, AnswerBook.EligibleChinese);

        var events = await driver.Services.GetRequiredService<IFunnelEventStore>().ListAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue);
        Assert.All(events, entry => Assert.Equal(First, entry.TrialId));
        Assert.Equal("likely-eligible", Assert.Single(events, entry => entry.Kind == FunnelEventKinds.Completed).OutcomeId);
        Assert.DoesNotContain(events, entry => entry.Kind == FunnelEventKinds.TrialOutcome);
    }
}
