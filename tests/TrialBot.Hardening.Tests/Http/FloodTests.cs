using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
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

    [Fact]
    public async Task While_an_address_floods_conversation_starts_past_the_cap_a_visitor_from_another_starts_a_chat_and_gets_the_first_question()
    {
        const int maxConversations = 10;
        await using var host = await HardeningHost.StartAsync(new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["RateLimiting:AnonymousPermitLimit"] = PermitLimit.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "3600",
            ["DirectLine:MaxConversations"] = maxConversations.ToString(CultureInfo.InvariantCulture),
        });

        // Token after token, each conversation started at once: the permitted ones open three times the cap.
        var flood = Task.WhenAll(Enumerable.Range(0, FloodRequests / 3).Select(async _ =>
        {
            using var generated = await SendAsync(host.Http, HttpMethod.Post, "/v3/directline/tokens/generate", "203.0.113.10", token: null);
            if (generated.StatusCode != HttpStatusCode.OK)
            {
                return generated.StatusCode;
            }

            var token = (await generated.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
            using var started = await SendAsync(host.Http, HttpMethod.Post, "/v3/directline/conversations", "203.0.113.10", token);
            return started.StatusCode;
        }));
        using var visitorToken = await SendAsync(host.Http, HttpMethod.Post, "/v3/directline/tokens/generate", "198.51.100.11", token: null);
        var visitor = (await visitorToken.Content.ReadFromJsonAsync<JsonObject>())!;
        var (conversationId, token) = (visitor["conversationId"]!.GetValue<string>(), visitor["token"]!.GetValue<string>());
        using var visitorStart = await SendAsync(host.Http, HttpMethod.Post, "/v3/directline/conversations", "198.51.100.11", token);
        var flooded = await flood;
        var visitorSees = await TurnReply.ReadAsync(
            await SendAsync(host.Http, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", "198.51.100.11", token));

        Assert.Equal(HttpStatusCode.Created, visitorStart.StatusCode);
        Assert.Equal(HttpStatusCode.OK, visitorSees.Status);
        Assert.Equal("consent", visitorSees.QuestionId);
        Assert.Equal(PermitLimit, flooded.Count(status => status == HttpStatusCode.Created));
        Assert.Equal(FloodRequests / 3 - PermitLimit, flooded.Count(status => status == HttpStatusCode.TooManyRequests));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string address, string? token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Forwarded-For", address);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }
}
