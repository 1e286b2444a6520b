using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TrialBot.Hardening.Tests.Support;

namespace TrialBot.Hardening.Tests.Http;

/// <summary>Bad requests to /api/messages get a 4xx that says what is wrong, never a 500, and store nothing.</summary>
public sealed class HttpAbuseTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private readonly HardeningHost host = fixture.Host;

    public static TheoryData<string, string> NotAnActivity => new()
    {
        { "{\"type\":\"message\",", "not valid JSON" },
        { "{'type': 'message'", "not valid JSON" },
        { "", "not valid JSON" },
        { "\u0000\u0001", "not valid JSON" },
        { "[]", "must be a JSON object" },
        { "null", "must be a JSON object" },
        { "\"message\"", "must be a JSON object" },
        { "42", "must be a JSON object" },
        { string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000), "not valid JSON" },
        { string.Concat(Enumerable.Repeat("[", 100_000)), "not valid JSON" },
        { "{\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "'type'" },
        { "{\"type\":\"message\",\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "'conversation.id'" },
        { "{\"type\":\"message\",\"conversation\":{},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "'conversation.id'" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"   \"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "'conversation.id'" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "'from.id'" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", "'serviceUrl'" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"file:///etc/passwd\"}", "'serviceUrl'" },
        { "{\"type\":\"message\",\"conversation\":5,\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "wrong type" },
        { "{\"type\":{\"a\":1},\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "wrong type" },
        { "{\"type\":\"message\",\"text\":[1,2],\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "wrong type" },
        { "{\"type\":\"message\",\"timestamp\":\"yesterday\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"serviceUrl\":\"http://127.0.0.1:9/\"}", "wrong type" },
    };

    [Theory]
    [MemberData(nameof(NotAnActivity))]
    public async Task A_body_that_is_not_a_usable_activity_is_400_with_a_reason_and_nothing_is_stored(string body, string reason)
    {
        var reply = await host.Channel.PostAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(reason, reply.ProblemDetail, StringComparison.Ordinal);
        Assert.Null(await StoredConversation.ReadAsync(host.Storage, "c"));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/jsonx")]
    [InlineData(null)]
    public async Task A_body_that_is_not_json_is_415_with_a_reason(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ChannelClient.Activity("message", "c", "hello").ToJsonString()));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);

        var reply = await host.Channel.PostAsync(content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Contains("application/json", reply.ProblemDetail, StringComparison.Ordinal);
        Assert.Null(await StoredConversation.ReadAsync(host.Storage, "c"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_one_megabyte_body_is_413_with_a_reason_whether_or_not_it_declares_its_length(bool declaresLength)
    {
        var activity = ChannelClient.Activity("message", "c", new string('a', 1024 * 1024));
        HttpContent content = declaresLength
            ? new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json")
            : new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (!declaresLength)
        {
            content.Headers.ContentLength = null;
        }

        var reply = await host.Channel.PostAsync(content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Contains("at most", reply.ProblemDetail, StringComparison.Ordinal);
        Assert.Null(await StoredConversation.ReadAsync(host.Storage, "c"));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("event")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("deleteUserData")]
    [InlineData("messageReaction")]
    [InlineData("handoff")]
    [InlineData("trace")]
    [InlineData("installationUpdate")]
    public async Task An_activity_of_a_type_the_bot_does_not_handle_is_answered_without_an_error(string type)
    {
        var reply = await host.Channel.PostAsync(ChannelClient.Activity(type, $"c-{type}"));

        Assert.True(reply.Status is HttpStatusCode.OK or HttpStatusCode.Accepted, $"{type}: {(int)reply.Status} {reply.Body}");
        Assert.Empty(host.Logs.Errors);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_implement_is_a_client_error_not_a_server_error()
    {
        var invoke = ChannelClient.Activity("invoke", "c-invoke");
        invoke["name"] = "frobnicate/query";

        var reply = await host.Channel.PostAsync(invoke);

        Assert.True((int)reply.Status is >= 200 and < 500, $"{(int)reply.Status} {reply.Body}");
        Assert.Empty(host.Logs.Errors);
    }

    [Fact]
    public async Task A_message_with_odd_but_valid_fields_gets_the_first_question()
    {
        var activity = ChannelClient.Activity("message", "c-odd", "hello");
        activity["locale"] = "xx-INVALID-locale-\u0000";
        activity["text"] = "hello";
        activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "file:///etc/passwd" });
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "trialbot/question", ["id"] = "location" });
        activity["value"] = new JsonObject { ["age"] = 45 };
        activity["channelData"] = new JsonObject { ["x"] = new string('x', 1000) };

        var reply = await host.Channel.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("consent", reply.QuestionId);
    }
}
