using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TrialBot.Host.Tests.Bots;
using TrialBot.Host.Tests.Support;

namespace TrialBot.Host.Tests;

public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Expect_replies_returns_the_bots_replies_in_the_response_body()
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(bot);

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["You said: hello (test, en-US)", TwoRepliesBot.SecondReply], await TestActivities.ReplyTextsAsync(response));
    }

    [Fact]
    public async Task A_message_without_expect_replies_is_accepted_and_the_replies_go_to_the_service_url()
    {
        await using var channel = await ReplyCollector.StartAsync();
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await TestActivities.PostAsync(
            host.Client, TestActivities.Message("hello", expectReplies: false, serviceUrl: channel.ServiceUrl.ToString()));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"status {response.StatusCode}");
        Assert.Equal(["You said: hello (test, en-US)", TwoRepliesBot.SecondReply], channel.Replies.Select(reply => (string?)reply["text"]));
        Assert.All(channel.Replies, reply => Assert.Equal("conversation-1", (string?)reply["conversation"]!["id"]));
    }

    [Fact]
    public async Task Malformed_json_is_400_with_the_position_of_the_error()
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(bot);

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Json("{\"type\": \"message\", \"text\": "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await TestActivities.ProblemAsync(response);
        Assert.Contains("not valid JSON", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_body_that_is_not_utf8_json_is_415(string contentType)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());
        var content = new StringContent(TestActivities.Message("hello").ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await TestActivities.PostAsync(host.Client, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", (string?)(await TestActivities.ProblemAsync(response))["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type", "'type'")]
    [InlineData("conversation", "'conversation.id'")]
    [InlineData("from", "'from.id'")]
    [InlineData("serviceUrl", "'serviceUrl'")]
    public async Task An_activity_missing_a_required_field_is_400_naming_the_field(string removed, string named)
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(bot);
        var activity = TestActivities.Message("hello");
        activity.Remove(removed);

        using var response = await TestActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, (string?)(await TestActivities.ProblemAsync(response))["detail"], StringComparison.Ordinal);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("\"message\"", "JSON object")]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"type\": \"message\", \"conversation\": \"conversation-1\"}", "'conversation'")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"not a time\"}", "'timestamp'")]
    public async Task A_body_that_is_not_an_activity_is_400_saying_why(string body, string reason)
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (string?)(await TestActivities.ProblemAsync(response))["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_413_whether_or_not_its_length_is_declared(bool declareLength)
    {
        var bot = new TwoRepliesBot();
        await using var host = await RunningHost.StartAsync(bot, new Dictionary<string, string?> { ["Bot:MaxActivityBytes"] = "4096" });
        var body = Encoding.UTF8.GetBytes(TestActivities.Message(new string('a', 5000)).ToJsonString());
        HttpContent content = declareLength ? new ByteArrayContent(body) : new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await TestActivities.PostAsync(host.Client, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("4096 bytes", (string?)(await TestActivities.ProblemAsync(response))["detail"], StringComparison.Ordinal);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task The_default_limit_accepts_a_large_but_ordinary_activity()
    {
        await using var host = await RunningHost.StartAsync(new TwoRepliesBot());

        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(new string('a', 100_000)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_the_caller_abandons_cancels_the_turn()
    {
        var bot = new WaitingBot();
        await using var host = await RunningHost.StartAsync(bot);
        using var abandon = new CancellationTokenSource();

        var sending = host.Client.PostAsync("/api/messages", TestActivities.Json(TestActivities.Message("hello")), abandon.Token);
        await bot.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await abandon.CancelAsync();

        await bot.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
    }

    /// <summary>A request body stream whose length is unknown, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }

    /// <summary>Waits in its turn until the turn is cancelled.</summary>
    private sealed class WaitingBot : Microsoft.Bot.Builder.IBot
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task OnTurnAsync(Microsoft.Bot.Builder.ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            using var registration = cancellationToken.Register(() => Cancelled.TrySetResult());
            Started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
