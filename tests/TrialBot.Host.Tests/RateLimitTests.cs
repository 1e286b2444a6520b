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
        Assert.Contains("more than 2 activities in 3600 seconds", (string?)(await TestActivities.ProblemAsync(third))["detail"], StringComparison.Ordinal);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After says when to try again.");
        Assert.Equal(2, bot.Turns);
    }

    [Fact]
    public async Task The_limit_is_per_conversation_and_sender_not_per_address()
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(
            bot, new Dictionary<string, string?> { ["RateLimiting:PermitLimit"] = "1", ["RateLimiting:WindowSeconds"] = "3600" });
        static System.Text.Json.Nodes.JsonObject From(string person)
        {
            var activity = TestActivities.Message("hello", conversationId: person);
            activity["from"]!["id"] = person;
            return activity;
        }

        using var first = await TestActivities.PostAsync(host.Client, From("person-1"));
        using var again = await TestActivities.PostAsync(host.Client, From("person-1"));
        using var other = await TestActivities.PostAsync(host.Client, From("person-2"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_request_that_does_not_authenticate_gets_401_and_uses_no_permit()
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(
            bot, new Dictionary<string, string?> { ["MicrosoftAppType"] = "MultiTenant", ["MicrosoftAppId"] = "6f0b4a8e-3c1d-4c55-9d5e-2b7f1a9c0e11", ["MicrosoftAppPassword"] = "not-a-real-secret", ["RateLimiting:PermitLimit"] = "1", ["RateLimiting:WindowSeconds"] = "3600" });

        using var first = await TestActivities.PostAsync(host.Client, TestActivities.Message("one"), bearerToken: "not-a-token");
        using var second = await TestActivities.PostAsync(host.Client, TestActivities.Message("two"), bearerToken: "not-a-token");

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(0, bot.Turns);
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
