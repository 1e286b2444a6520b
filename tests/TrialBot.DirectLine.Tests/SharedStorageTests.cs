using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json.Linq;
using Npgsql;
using TrialBot.DirectLine.Tests.Support;
using TrialBot.Storage;

namespace TrialBot.DirectLine.Tests;

/// <summary>
/// Two hosts on one PostgreSQL database (<c>TRIALBOT_TEST_POSTGRES</c>, from <c>scripts/postgres start</c>; fails, never
/// skips, when it is not set), over real HTTP and WebSocket. The bot is one instance shared by both hosts: what is under
/// test is the Direct Line's conversations, not the bot's own state.
/// </summary>
public sealed class SharedStorageTests : IAsyncLifetime
{
    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly QuestionnaireBot bot = new();
    private string connectionString = string.Empty;

    public async Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable("TRIALBOT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("TRIALBOT_TEST_POSTGRES is not set: run eval \"$(scripts/postgres start)\" first.");
        var schema = "directline_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_hosts_serve_one_conversation_alternately_and_after_one_is_killed()
    {
        var first = await StartHostAsync();
        await using var second = await StartHostAsync();

        var (conversationId, token) = await first.Client.OpenConversationAsync();
        Assert.Equal(HttpStatusCode.OK, (await second.Client.PostMessageAsync(token, conversationId, "Ada")).Status);
        Assert.Equal(HttpStatusCode.OK, (await first.Client.PostMessageAsync(token, conversationId, "42")).Status);
        var fromFirst = await first.Client.GetActivitiesAsync(token, conversationId);
        var fromSecond = await second.Client.GetActivitiesAsync(token, conversationId);

        await first.DisposeAsync();
        var reconnected = await second.Client.ReconnectAsync(token, conversationId, fromSecond.Text("watermark"));
        var freshToken = reconnected.Text("token");
        Assert.Equal(HttpStatusCode.OK, (await second.Client.PostMessageAsync(freshToken, conversationId, "again")).Status);
        var afterKill = await second.Client.GetActivitiesAsync(freshToken, conversationId, fromSecond.Text("watermark"));

        Assert.Equal(Texts(fromFirst.Activities), Texts(fromSecond.Activities));
        Assert.Equal(
            ["Hello!", QuestionnaireBot.FirstQuestion, "Ada", $"Nice to meet you, Ada. {QuestionnaireBot.SecondQuestion}", "42", QuestionnaireBot.Done],
            Texts(fromSecond.Activities));
        Assert.Equal(HttpStatusCode.OK, reconnected.Status);
        Assert.Equal(["again", QuestionnaireBot.Done], Texts(afterKill.Activities));
        Assert.Equal(
            fromSecond.Activities.Select(activity => (string?)activity["id"]).Distinct().Count(),
            fromSecond.Activities.Count);
    }

    [Fact]
    public async Task A_web_socket_on_one_host_streams_the_replies_to_a_message_posted_to_the_other()
    {
        await using var first = await StartHostAsync();
        await using var second = await StartHostAsync();
        var generated = await first.Client.GenerateTokenAsync();
        var started = await first.Client.StartConversationAsync(generated.Text("token"));
        var (conversationId, token) = (started.Text("conversationId"), started.Text("token"));
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await socket.ConnectAsync(new Uri(started.Text("streamUrl")), timeout.Token);

        var greeting = await ReceiveActivitySetAsync(socket, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, (await second.Client.PostMessageAsync(token, conversationId, "Ada")).Status);
        var texts = new List<string?>();
        while (!texts.Contains($"Nice to meet you, Ada. {QuestionnaireBot.SecondQuestion}"))
        {
            texts.AddRange(Texts((await ReceiveActivitySetAsync(socket, timeout.Token))["activities"]!.Cast<JObject>().ToList()));
        }

        Assert.Equal(["Hello!", QuestionnaireBot.FirstQuestion], Texts(greeting["activities"]!.Cast<JObject>().ToList()));
        Assert.Equal(["Ada", $"Nice to meet you, Ada. {QuestionnaireBot.SecondQuestion}"], texts);
    }

    private static async Task<JObject> ReceiveActivitySetAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            var buffer = new byte[64 * 1024];
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            var text = Encoding.UTF8.GetString(buffer, 0, received.Count);
            if (text.Length > 0)
            {
                return JObject.Parse(text);
            }
        }
    }

    private static List<string?> Texts(IReadOnlyList<JObject> activities) =>
        activities.Where(activity => (string?)activity["type"] == "message").Select(activity => (string?)activity["text"]).ToList();

    private Task<DirectLineTestHost> StartHostAsync() => DirectLineTestHost.StartAsync(
        bot,
        new Dictionary<string, string?>
        {
            ["DirectLine:TokenSigningKey"] = signingKey,
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = connectionString,
        },
        configureServices: services => services.AddTrialBotStorage(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = connectionString })
            .Build()));
}
