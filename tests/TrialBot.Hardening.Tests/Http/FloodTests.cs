using System.Globalization;
using System.Net;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Http;

/// <summary>
/// Floods over real HTTP. On /api/messages the limit is per conversation and per sender (the Bot Framework Service calls
/// from a few addresses for everyone): a flooding conversation is refused while others from the same address go on. On
/// the widget's anonymous token endpoint the limit is per address: a flooding address cannot keep others from starting.
/// </summary>
public sealed class FloodTests
{
    private const int PermitLimit = 30;
    private const int FloodRequests = 300;
    private const int Conversations = 200;

    [Fact]
    public async Task A_flooding_conversation_gets_429_and_another_conversation_from_the_same_address_still_gets_its_questions()
    {
        await using var host = await HardeningHost.StartAsync(new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["RateLimiting:PermitLimit"] = PermitLimit.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "3600",
        });
        var channel = new ChannelClient(host.Http, forwardedFor: "203.0.113.7");
        using var floodStarted = new SemaphoreSlim(0);

        var flood = Task.WhenAll(Enumerable.Range(0, FloodRequests).Select(async i =>
        {
            var reply = await channel.PostAsync(ChannelClient.Activity("message", "flood", "yes", userId: "flooder"));
            floodStarted.Release();
            return reply;
        }));
        await floodStarted.WaitAsync();
        var joined = await channel.JoinAsync("person");
        var answered = await channel.SayAsync("person", "yes");
        var flooded = await flood;

        Assert.Equal("consent", joined.QuestionId);
        Assert.Equal("age", answered.QuestionId);
        Assert.All(flooded, reply => Assert.True(reply.Status is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{(int)reply.Status} {reply.Body}"));
        Assert.Equal(PermitLimit, flooded.Count(reply => reply.Status == HttpStatusCode.OK));
        Assert.All(flooded.Where(reply => reply.Status == HttpStatusCode.TooManyRequests), reply => Assert.Contains("more than 30 activities", reply.ProblemDetail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_hundred_concurrent_conversations_from_one_address_are_not_throttled()
    {
        await using var host = await HardeningHost.StartAsync(new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["RateLimiting:PermitLimit"] = PermitLimit.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "3600",
        });
        var channel = new ChannelClient(host.Http, forwardedFor: "203.0.113.8");

        var replies = await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async i =>
        {
            var conversation = $"person-{i}";
            var join = ChannelClient.Activity("conversationUpdate", conversation, userId: conversation);
            join["membersAdded"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["id"] = conversation });
            var joined = await channel.PostAsync(join);
            return (joined, answered: await channel.PostAsync(ChannelClient.Activity("message", conversation, "yes", userId: conversation)));
        }));

        Assert.All(replies, pair => Assert.Equal("consent", pair.joined.QuestionId));
        Assert.All(replies, pair => Assert.Equal(HttpStatusCode.OK, pair.answered.Status));
        Assert.All(replies, pair => Assert.Equal("age", pair.answered.QuestionId));
    }

    [Fact]
    public async Task An_address_flooding_the_token_endpoint_is_refused_while_a_visitor_from_another_starts_a_chat()
    {
        await using var host = await HardeningHost.StartAsync(new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["RateLimiting:AnonymousPermitLimit"] = PermitLimit.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "3600",
        });

        var statuses = await Task.WhenAll(Enumerable.Range(0, FloodRequests).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
            request.Headers.Add("X-Forwarded-For", "203.0.113.9");
            using var response = await host.Http.SendAsync(request);
            return response.StatusCode;
        }));
        using var visitorRequest = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate");
        visitorRequest.Headers.Add("X-Forwarded-For", "198.51.100.10");
        using var visitor = await host.Http.SendAsync(visitorRequest);

        Assert.Equal(PermitLimit, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(FloodRequests - PermitLimit, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, visitor.StatusCode);
    }
}
