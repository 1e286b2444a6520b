using System.Net;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Tests.Support;

namespace TrialBot.DirectLine.Tests;

public sealed class ActivityTests
{
    [Fact]
    public async Task Starting_a_conversation_queues_the_bots_greeting_and_starting_again_opens_nothing_new()
    {
        var bot = new QuestionnaireBot();
        await using var host = await DirectLineTestHost.StartAsync(bot);
        var generated = await host.Client.GenerateTokenAsync();

        var first = await host.Client.StartConversationAsync(generated.Text("token"));
        var again = await host.Client.StartConversationAsync(generated.Text("token"));
        var read = await host.Client.GetActivitiesAsync(first.Text("token"), first.Text("conversationId"));

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(generated.Text("conversationId"), first.Text("conversationId"));
        Assert.Equal(["Hello!", QuestionnaireBot.FirstQuestion], read.Activities.Select(activity => (string?)activity["text"]));
        Assert.Single(bot.Received, activity => activity.Type == "conversationUpdate");
    }

    [Fact]
    public async Task The_users_activity_is_echoed_with_its_client_activity_id_and_the_replies_follow_it()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());
        var (conversationId, token) = await host.Client.OpenConversationAsync();
        var greeting = await host.Client.GetActivitiesAsync(token, conversationId);

        var posted = await host.Client.PostMessageAsync(token, conversationId, "Ada", clientActivityId: "client-1");
        var newer = await host.Client.GetActivitiesAsync(token, conversationId, greeting.Text("watermark"));

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal($"{conversationId}|0000003", posted.Text("id"));
        Assert.Equal("4", newer.Text("watermark"));
        Assert.Collection(
            newer.Activities,
            echo =>
            {
                Assert.Equal(posted.Text("id"), (string?)echo["id"]);
                Assert.Equal("client-1", (string?)echo.SelectToken("channelData.clientActivityID"));
                Assert.Equal("user", (string?)echo.SelectToken("from.role"));
                Assert.Equal("trialbot", (string?)echo.SelectToken("recipient.id"));
                Assert.Equal("webchat", (string?)echo["channelId"]);
                Assert.Equal(conversationId, (string?)echo.SelectToken("conversation.id"));
                Assert.Equal(host.Address.ToString(), (string?)echo["serviceUrl"]);
                Assert.NotNull(echo["timestamp"]);
            },
            reply =>
            {
                Assert.Equal($"{conversationId}|0000004", (string?)reply["id"]);
                Assert.Equal("Nice to meet you, Ada. " + QuestionnaireBot.SecondQuestion, (string?)reply["text"]);
                Assert.Equal("trialbot", (string?)reply.SelectToken("from.id"));
                Assert.Equal("bot", (string?)reply.SelectToken("from.role"));
                Assert.Equal(posted.Text("id"), (string?)reply["replyToId"]);
                Assert.NotNull(reply["timestamp"]);
            });
    }

    [Fact]
    public async Task A_read_with_the_latest_watermark_returns_nothing_new()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());
        var (conversationId, token) = await host.Client.OpenConversationAsync();
        await host.Client.PostMessageAsync(token, conversationId, "Ada");
        var all = await host.Client.GetActivitiesAsync(token, conversationId);

        var none = await host.Client.GetActivitiesAsync(token, conversationId, all.Text("watermark"));

        Assert.Equal(4, all.Activities.Count);
        Assert.Empty(none.Activities);
        Assert.Equal(all.Text("watermark"), none.Text("watermark"));
    }

    [Fact]
    public async Task The_sender_is_the_tokens_user_whatever_the_client_claims()
    {
        var bot = new QuestionnaireBot();
        await using var host = await DirectLineTestHost.StartAsync(bot);
        var (conversationId, token) = await host.Client.OpenConversationAsync("{\"user\":{\"id\":\"dl_ada\"}}");

        await host.Client.PostActivityAsync(token, conversationId, "{\"type\":\"message\",\"text\":\"hi\",\"from\":{\"id\":\"dl_someone_else\",\"name\":\"Ada\"}}");
        var echo = (await host.Client.GetActivitiesAsync(token, conversationId, "2")).Activities[0];

        Assert.Equal("dl_ada", (string?)echo.SelectToken("from.id"));
        Assert.Equal("Ada", (string?)echo.SelectToken("from.name"));
        Assert.Equal("dl_ada", bot.Received.Last().From.Id);
    }

    [Fact]
    public async Task The_language_asked_for_at_the_start_reaches_the_bot()
    {
        var bot = new QuestionnaireBot();
        await using var host = await DirectLineTestHost.StartAsync(bot);

        var (conversationId, token) = await host.Client.OpenConversationAsync(startBody: "{\"user\":{\"id\":\"r_web\"},\"locale\":\"zh-CN\"}");
        await host.Client.PostActivityAsync(token, conversationId, "{\"type\":\"message\",\"text\":\"hi\"}");

        var read = await host.Client.GetActivitiesAsync(token, conversationId);
        Assert.Equal(QuestionnaireBot.FirstQuestionChinese, (string?)read.Activities[1]["text"]);
        Assert.All(bot.Received, activity => Assert.Equal("zh-CN", ((Microsoft.Bot.Schema.Activity)activity).Locale));
    }

    [Fact]
    public async Task A_start_with_a_malformed_language_is_refused()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());
        var token = (await host.Client.GenerateTokenAsync()).Text("token");

        var answer = await host.Client.StartConversationAsync(token, "{\"locale\":\"en US; drop\"}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("locale", answer.Text("error.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_keeps_only_its_latest_activities()
    {
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(), new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" });
        var (conversationId, token) = await host.Client.OpenConversationAsync();

        for (var i = 0; i < 8; i++)
        {
            await host.Client.PostMessageAsync(token, conversationId, $"answer {i}");
        }

        var read = await host.Client.GetActivitiesAsync(token, conversationId);
        Assert.Equal("18", read.Text("watermark"));
        Assert.Equal(
            Enumerable.Range(9, 10).Select(sequence => $"{conversationId}|{sequence:D7}"),
            read.Activities.Select(activity => (string?)activity["id"]));
    }

    [Theory]
    [InlineData("", "must be an activity")]
    [InlineData("{\"type\":\"message\",", "not a valid activity")]
    [InlineData("[]", "not a valid activity")]
    [InlineData("{\"text\":\"no type\"}", "has no type")]
    [InlineData("{\"type\":\"conversationUpdate\"}", "not accepted")]
    [InlineData("{\"type\":\"event\"}", "needs a name")]
    [InlineData("{\"type\":\"message\",\"text\":\"12345678901\"}", "longer than 10 characters")]
    public async Task A_bad_activity_is_refused_with_a_reason_and_never_reaches_the_bot(string body, string reason)
    {
        var bot = new QuestionnaireBot();
        await using var host = await DirectLineTestHost.StartAsync(
            bot, new Dictionary<string, string?> { ["DirectLine:MaxTextLength"] = "10" });
        var (conversationId, token) = await host.Client.OpenConversationAsync();

        var answer = await host.Client.PostActivityAsync(token, conversationId, body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("BadArgument", answer.ErrorCode);
        Assert.Contains(reason, answer.Text("error.message"), StringComparison.Ordinal);
        Assert.Single(bot.Received);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused()
    {
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(), new Dictionary<string, string?> { ["DirectLine:MaxRequestBodyBytes"] = "2048" });
        var (conversationId, token) = await host.Client.OpenConversationAsync();

        var answer = await host.Client.PostActivityAsync(
            token, conversationId, new JObject { ["type"] = "message", ["value"] = new string('x', 3000) }.ToString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
    }

    [Fact]
    public async Task A_watermark_that_is_not_a_number_is_refused()
    {
        await using var host = await DirectLineTestHost.StartAsync(new QuestionnaireBot());
        var (conversationId, token) = await host.Client.OpenConversationAsync();

        var answer = await host.Client.GetActivitiesAsync(token, conversationId, "-1");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("watermark", answer.Text("error.message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_idle_conversation_is_forgotten()
    {
        var clock = new ManualClock();
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(), new Dictionary<string, string?> { ["DirectLine:ConversationIdleTimeout"] = "00:10:00" }, clock);
        var (idleId, idleToken) = await host.Client.OpenConversationAsync();
        var (busyId, busyToken) = await host.Client.OpenConversationAsync();
        await host.Client.PostMessageAsync(idleToken, idleId, "Ada");
        await host.Client.PostMessageAsync(busyToken, busyId, "Ada");

        clock.Advance(TimeSpan.FromMinutes(6));
        await host.Client.GetActivitiesAsync(busyToken, busyId);
        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetActivitiesAsync(idleToken, idleId)).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetActivitiesAsync(busyToken, busyId)).Status);
    }

    [Fact]
    public async Task Conversations_beyond_the_limit_are_refused_until_idle_ones_expire()
    {
        var clock = new ManualClock();
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(),
            new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "1", ["DirectLine:ConversationIdleTimeout"] = "00:10:00" },
            clock);
        var (spokenId, spokenToken) = await host.Client.OpenConversationAsync();
        await host.Client.PostMessageAsync(spokenToken, spokenId, "Ada");

        var refused = await host.Client.StartConversationAsync((await host.Client.GenerateTokenAsync()).Text("token"));
        clock.Advance(TimeSpan.FromMinutes(11));
        var accepted = await host.Client.StartConversationAsync((await host.Client.GenerateTokenAsync()).Text("token"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal(HttpStatusCode.Created, accepted.Status);
    }

    [Fact]
    public async Task At_the_limit_the_least_recently_used_conversation_nobody_spoke_in_gives_way()
    {
        var clock = new ManualClock();
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(), new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "3" }, clock);
        var (spokenId, spokenToken) = await host.Client.OpenConversationAsync();
        await host.Client.PostMessageAsync(spokenToken, spokenId, "Ada");
        var (oldestSilentId, oldestSilentToken) = await host.Client.OpenConversationAsync();
        clock.Advance(TimeSpan.FromSeconds(10));
        var (newerSilentId, newerSilentToken) = await host.Client.OpenConversationAsync();

        var visitor = await host.Client.StartConversationAsync((await host.Client.GenerateTokenAsync()).Text("token"));

        Assert.Equal(HttpStatusCode.Created, visitor.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetActivitiesAsync(oldestSilentToken, oldestSilentId)).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetActivitiesAsync(newerSilentToken, newerSilentId)).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetActivitiesAsync(spokenToken, spokenId)).Status);
    }

    [Fact]
    public async Task A_conversation_nobody_spoke_in_is_forgotten_after_minutes_one_spoken_in_is_kept()
    {
        var clock = new ManualClock();
        await using var host = await DirectLineTestHost.StartAsync(
            new QuestionnaireBot(), new Dictionary<string, string?> { ["DirectLine:SilentConversationTimeout"] = "00:05:00" }, clock);
        var (silentId, silentToken) = await host.Client.OpenConversationAsync();
        var (spokenId, spokenToken) = await host.Client.OpenConversationAsync();
        await host.Client.PostMessageAsync(spokenToken, spokenId, "Ada");

        clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetActivitiesAsync(silentToken, silentId)).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetActivitiesAsync(spokenToken, spokenId)).Status);
    }
}
