using System.Net;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrialBot.Host.Telemetry;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class OperationsEndpointsTests
{
    [Fact]
    public async Task Healthz_answers_200_while_the_process_is_alive()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]);
    }

    [Fact]
    public async Task Readyz_answers_200_and_reports_that_the_bot_resolved()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        await host.WarmedUpAsync();

        using var response = await host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", (string?)report["checks"]!["bot"]);
    }

    [Fact]
    public async Task A_check_another_part_registers_makes_readyz_503_when_it_fails_but_leaves_healthz_200()
    {
        await using var host = await RunningHost.StartAsync(
            new TwoRepliesBot(),
            configure: builder => builder.Services.AddHealthChecks()
                .AddCheck("queue", () => HealthCheckResult.Unhealthy("connection string Password=secret rejected")));

        using var ready = await host.Client.GetAsync("/readyz");
        using var live = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", (string?)JsonNode.Parse(body)!["checks"]!["queue"]);
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Metrics_exports_the_turn_latency_histogram_after_a_turn()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        using var turn = await TestActivities.PostAsync(host.Client, TestActivities.Message("hello"));
        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);

        var metrics = await host.Client.GetStringAsync("/metrics");

        Assert.Contains("trialbot_turn_duration_seconds_bucket{", metrics, StringComparison.Ordinal);
        Assert.Contains("trialbot_turn_duration_seconds_count{", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_counts_a_failed_turn()
    {
        await using var host = await RunningHost.StartAsync(new ThrowingBot());
        using var turn = await TestActivities.PostAsync(host.Client, TestActivities.Message("hello"));
        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);

        var metrics = await host.Client.GetStringAsync("/metrics");

        Assert.Contains("trialbot_turn_errors_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("exception_type=\"InvalidOperationException\"", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instruments_another_part_adds_to_the_trial_bot_meter_are_exported()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        var meter = host.Services.GetRequiredService<IMeterFactory>().Create(TrialBotMetrics.MeterName);
        meter.CreateCounter<long>("trialbot.screenings.completed").Add(1);

        var metrics = await host.Client.GetStringAsync("/metrics");

        Assert.Contains("trialbot_screenings_completed_total", metrics, StringComparison.Ordinal);
    }
}
