using System.Net;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Http;

/// <summary>
/// One client floods /api/messages: it gets 429 with a reason past its limit, never a 500, and another client's
/// conversation keeps working during the flood. Clients are told apart by their address, which behind a proxy is the
/// X-Forwarded-For header (ASPNETCORE_FORWARDEDHEADERS_ENABLED, as the host's README says).
/// </summary>
public sealed class FloodTests
{
    private const int PermitLimit = 30;
    private const int FloodRequests = 300;

    [Fact]
    public async Task A_flooding_client_gets_429_and_another_clients_conversation_still_gets_its_questions()
    {
        await using var host = await HardeningHost.StartAsync(new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["RateLimiting:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:WindowSeconds"] = "3600",
        });
        var flooder = new ChannelClient(host.Http, forwardedFor: "203.0.113.7");
        var person = new ChannelClient(host.Http, forwardedFor: "198.51.100.9");
        using var floodStarted = new SemaphoreSlim(0);

        var flood = Task.WhenAll(Enumerable.Range(0, FloodRequests).Select(async i =>
        {
            var reply = await flooder.SayAsync($"flood-{i % 10}", "yes");
            floodStarted.Release();
            return reply;
        }));
        await floodStarted.WaitAsync();
        var joined = await person.JoinAsync("person");
        var answered = await person.SayAsync("person", "yes");
        var flooded = await flood;

        Assert.Equal("consent", joined.QuestionId);
        Assert.Equal("age", answered.QuestionId);
        Assert.All(flooded, reply => Assert.True(reply.Status is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{(int)reply.Status} {reply.Body}"));
        Assert.Equal(PermitLimit, flooded.Count(reply => reply.Status == HttpStatusCode.OK));
        Assert.All(flooded.Where(reply => reply.Status == HttpStatusCode.TooManyRequests), reply => Assert.Contains("more than 30 requests", reply.ProblemDetail, StringComparison.Ordinal));
        Assert.Empty(host.Logs.Errors);
    }
}
