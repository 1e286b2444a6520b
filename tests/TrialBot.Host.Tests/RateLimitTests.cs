using System.Net;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Requests_over_the_configured_limit_get_429_with_a_reason_and_the_bot_is_not_invoked()
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(
            bot, new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "2", ["RateLimiting:WindowSeconds"] = "3600" });

        using var first = await TestActivities.PostAsync(host.Client, TestActivities.Message("one"));
        using var second = await TestActivities.PostAsync(host.Client, TestActivities.Message("two"));
        using var third = await TestActivities.PostAsync(host.Client, TestActivities.Message("three"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("more than 2 requests in 3600 seconds", (string?)(await TestActivities.ProblemAsync(third))["detail"], StringComparison.Ordinal);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to try again.");
        Assert.Equal(2, bot.Turns);
    }

    [Fact]
    public async Task The_limit_applies_to_the_messages_endpoint_only()
    {
        await using var host = await RunningHost.StartAsync(
            new TwoRepliesBot(), new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "1", ["RateLimiting:WindowSeconds"] = "3600" });
        using var used = await TestActivities.PostAsync(host.Client, TestActivities.Message("one"));

        using var health = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
