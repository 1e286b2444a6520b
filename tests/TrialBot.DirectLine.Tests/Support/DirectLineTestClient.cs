using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace TrialBot.DirectLine.Tests.Support;

/// <summary>Speaks the Direct Line 3.0 REST calls that Web Chat makes with webSocket: false.</summary>
internal sealed class DirectLineTestClient(HttpClient http) : IDisposable
{
    public Task<DirectLineAnswer> GenerateTokenAsync(string? body = null) =>
        SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", token: null, body);

    public Task<DirectLineAnswer> RefreshTokenAsync(string? token) =>
        SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token, body: null);

    public Task<DirectLineAnswer> StartConversationAsync(string? token, string? body = null) =>
        SendAsync(HttpMethod.Post, "v3/directline/conversations", token, body);

    public Task<DirectLineAnswer> PostActivityAsync(string? token, string conversationId, string body) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, body);

    public Task<DirectLineAnswer> PostMessageAsync(string token, string conversationId, string text, string? clientActivityId = null) =>
        PostActivityAsync(token, conversationId, new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JObject { ["id"] = "dl_web", ["role"] = "user" },
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        }.ToString());

    public Task<DirectLineAnswer> GetActivitiesAsync(string? token, string conversationId, string? watermark = null) =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}"), token, body: null);

    public Task<DirectLineAnswer> ReconnectAsync(string? token, string conversationId, string? watermark = null) =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark={watermark}", token, body: null);

    /// <summary>Generates a token and starts its conversation; returns the conversation id and the token to use.</summary>
    public async Task<(string ConversationId, string Token)> OpenConversationAsync(string? generateBody = null, string? startBody = null)
    {
        var generated = await GenerateTokenAsync(generateBody);
        var started = await StartConversationAsync(generated.Text("token"), startBody);
        Assert.Equal(HttpStatusCode.Created, started.Status);
        return (started.Text("conversationId"), started.Text("token"));
    }

    public void Dispose() => http.Dispose();

    private async Task<DirectLineAnswer> SendAsync(HttpMethod method, string path, string? token, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new DirectLineAnswer(response.StatusCode, text.Length == 0 ? new JObject() : JObject.Parse(text));
    }
}

/// <summary>A status code and the JSON body that came with it.</summary>
internal sealed record DirectLineAnswer(HttpStatusCode Status, JObject Body)
{
    public string Text(string path) => (string?)Body.SelectToken(path) ?? throw new InvalidOperationException($"No '{path}' in {Body}");

    public string? ErrorCode => (string?)Body.SelectToken("error.code");

    public IReadOnlyList<JObject> Activities => Body["activities"]?.Cast<JObject>().ToList() ?? [];
}
