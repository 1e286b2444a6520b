using System.Buffers.Text;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Tests.Support;

namespace TrialBot.DirectLine.Tests;

public sealed class TokenTests
{
    [Fact]
    public async Task Generate_gives_a_token_for_a_new_conversation_that_expires_in_thirty_minutes_by_default()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());

        var first = await host.Client.GenerateTokenAsync();
        var second = await host.Client.GenerateTokenAsync();

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(1800, (int)first.Body["expires_in"]!);
        Assert.False(string.IsNullOrEmpty(first.Text("token")));
        Assert.NotEqual(first.Text("conversationId"), second.Text("conversationId"));
    }

    [Fact]
    public async Task The_token_is_a_json_web_token_whose_user_claim_is_the_user_web_chat_will_speak_for()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());

        var token = (await host.Client.GenerateTokenAsync("{\"user\":{\"id\":\"dl_ada\"}}")).Text("token");

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("HS256", (string?)JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])))["alg"]);
        Assert.Equal("dl_ada", (string?)JObject.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])))["user"]);
    }

    [Fact]
    public async Task Refresh_gives_a_new_token_for_the_same_conversation()
    {
        var clock = new ManualClock();
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot(), clock: clock);
        var (conversationId, token) = await host.Client.OpenConversationAsync();
        await host.Client.PostMessageAsync(token, conversationId, "Ada");

        clock.Advance(TimeSpan.FromMinutes(20));
        var refreshed = await host.Client.RefreshTokenAsync(token);
        clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(conversationId, refreshed.Text("conversationId"));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetActivitiesAsync(refreshed.Text("token"), conversationId)).Status);
        Assert.Equal("TokenExpired", (await host.Client.GetActivitiesAsync(token, conversationId)).ErrorCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused_everywhere_including_refresh()
    {
        var clock = new ManualClock();
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(), new Dictionary<string, string?> { ["DirectLine:TokenLifetime"] = "00:05:00" }, clock);
        var (conversationId, token) = await host.Client.OpenConversationAsync();

        clock.Advance(TimeSpan.FromMinutes(5));

        var read = await host.Client.GetActivitiesAsync(token, conversationId);
        var refresh = await host.Client.RefreshTokenAsync(token);
        var post = await host.Client.PostMessageAsync(token, conversationId, "hello");
        Assert.All([read, refresh, post], answer =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
            Assert.Equal("TokenExpired", answer.ErrorCode);
        });
    }

    [Fact]
    public async Task A_missing_token_is_unauthorized_with_a_reason()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());

        var answer = await host.Client.StartConversationAsync(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("MissingToken", answer.ErrorCode);
        Assert.Contains("Bearer", answer.Text("error.message"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public async Task A_tampered_token_is_refused(int position)
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());
        var token = (await host.Client.GenerateTokenAsync()).Text("token");
        var index = position >= 0 ? position : token.Length + position;
        var tampered = string.Concat(token.AsSpan(0, index), token[index] == 'A' ? "B" : "A", token.AsSpan(index + 1));

        var answer = await host.Client.StartConversationAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("InvalidToken", answer.ErrorCode);
    }

    [Fact]
    public async Task A_token_never_reads_or_writes_another_conversation()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());
        var (mine, myToken) = await host.Client.OpenConversationAsync();
        var (theirs, _) = await host.Client.OpenConversationAsync();

        var read = await host.Client.GetActivitiesAsync(myToken, theirs);
        var write = await host.Client.PostMessageAsync(myToken, theirs, "hello");

        Assert.All([read, write], answer =>
        {
            Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
            Assert.Equal("Forbidden", answer.ErrorCode);
        });
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetActivitiesAsync(myToken, mine)).Status);
    }

    [Fact]
    public async Task Instances_share_tokens_only_when_the_signing_key_is_configured()
    {
        var key = new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[32]) };
        await using var configuredA = await DirectLineTestHost.StartAsync(new QuestionnaireBot(), key);
        await using var configuredB = await DirectLineTestHost.StartAsync(new QuestionnaireBot(), key);
        await using var randomA = await DirectLineTestHost.StartAsync(new QuestionnaireBot());
        await using var randomB = await DirectLineTestHost.StartAsync(new QuestionnaireBot());

        var shared = await configuredB.Client.RefreshTokenAsync((await configuredA.Client.GenerateTokenAsync()).Text("token"));
        var unshared = await randomB.Client.RefreshTokenAsync((await randomA.Client.GenerateTokenAsync()).Text("token"));

        Assert.Equal(HttpStatusCode.OK, shared.Status);
        Assert.Equal("InvalidToken", unshared.ErrorCode);
    }

    [Fact]
    public async Task The_hosts_rate_limiter_policy_guards_only_the_open_token_endpoint()
    {
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(),
            configureServices: services => services.AddRateLimiter(limiter =>
            {
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.AddFixedWindowLimiter("tokens", window =>
                {
                    window.PermitLimit = 2;
                    window.Window = TimeSpan.FromHours(1);
                });
            }),
            configurePipeline: app => app.UseRateLimiter(),
            tokenRateLimiterPolicy: "tokens");
        var (conversationId, token) = await host.Client.OpenConversationAsync();

        var second = await host.Client.GenerateTokenAsync();
        var third = await host.Client.GenerateTokenAsync();
        var polls = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.Client.GetActivitiesAsync(token, conversationId)));

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.All(polls, poll => Assert.Equal(HttpStatusCode.OK, poll.Status));
    }

    [Theory]
    [InlineData("{\"user\":{\"id\":\"alice\"}}", "user.id")]
    [InlineData("{\"user\":{\"id\":\"dl_ada\",\"name\":42}}", "user.name")]
    [InlineData("[1,2", "JSON")]
    public async Task A_bad_token_request_is_refused_with_a_reason(string body, string reason)
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());

        var answer = await host.Client.GenerateTokenAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(reason, answer.Text("error.message"), StringComparison.Ordinal);
    }
}
