using System.Net;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class AuthenticationTests
{
    private static readonly Dictionary<string, string?> WithAppId = new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = "6f0b4a8e-3c1d-4c55-9d5e-2b7f1a9c0e11",
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_is_401_and_the_bot_is_not_invoked()
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(bot, WithAppId);

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hello"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(401, (int?)(await TestActivities.ProblemAsync(response))["status"]);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    public async Task With_an_app_id_a_malformed_bearer_token_is_401(string token)
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(bot, WithAppId);

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task Without_an_app_id_an_anonymous_request_reaches_the_bot()
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(bot);

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, bot.Turns);
    }
}
