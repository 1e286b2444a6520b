using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using TrialBot.Host.BotFramework;
using TrialBot.Integration.Tests.Support;

namespace TrialBot.Integration.Tests;

public sealed class ReadinessOnPostgresTests(PostgresSchema schema) : IClassFixture<PostgresSchema>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Readyz_turns_503_while_postgre_SQL_cannot_be_reached_a_message_meanwhile_gets_an_apology_and_200_again_when_it_can()
    {
        var server = new NpgsqlConnectionStringBuilder(schema.ConnectionString);
        await using var relay = new TcpRelay(server.Host!, server.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(schema.ConnectionString) { Host = "127.0.0.1", Port = relay.Port, Timeout = 3 };
        await using var host = await HostProcess.StartAsync("relayed", new Dictionary<string, string>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = throughRelay.ToString(),
        });

        relay.Cut();
        var (downStatus, downChecks) = await ReadinessWhenAsync(host, HttpStatusCode.ServiceUnavailable);
        var conversation = new ChannelConversation();
        var duringOutage = await conversation.SayAsync(host, "hello");
        relay.Restore();
        var (upStatus, upChecks) = await ReadinessWhenAsync(host, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.Equal("Unhealthy", (string?)downChecks["storage"]);
        Assert.Equal("Healthy", (string?)downChecks["recognizers"]);
        Assert.Equal([TurnErrorApology.English], duringOutage.Texts);
        Assert.Equal(HttpStatusCode.OK, upStatus);
        Assert.Equal("Healthy", (string?)upChecks["storage"]);
        Assert.DoesNotContain(server.Password ?? "\0", host.Output, StringComparison.Ordinal);
    }

    /// <summary>Asks <c>/readyz</c> until it answers <paramref name="wanted"/> (at most <see cref="Patience"/>), and returns that answer.</summary>
    private static async Task<(HttpStatusCode Status, JsonObject Checks)> ReadinessWhenAsync(HostProcess host, HttpStatusCode wanted)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (true)
        {
            using var response = await host.Client.GetAsync("/readyz", deadline.Token);
            var checks = JsonNode.Parse(await response.Content.ReadAsStringAsync(deadline.Token))!["checks"]!.AsObject();
            if (response.StatusCode == wanted)
            {
                return (response.StatusCode, checks);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}
