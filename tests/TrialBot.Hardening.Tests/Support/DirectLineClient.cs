using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>Web Chat's side of the host's self-hosted Direct Line: tokens, starting a conversation, sending and reading activities.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public const string ChannelId = "webchat";

    public async Task<(string ConversationId, string Token)> GenerateTokenAsync()
    {
        using var response = await http.PostAsync("/v3/directline/tokens/generate", null);
        response.EnsureSuccessStatusCode();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return (body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    /// <summary>Generates a token and starts its conversation (the bot greets).</summary>
    public async Task<(string ConversationId, string Token)> StartAsync()
    {
        var (conversationId, token) = await GenerateTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, new JsonObject { ["locale"] = "en-US" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (conversationId, token);
    }

    public Task<HttpResponseMessage> SayAsync(string conversationId, string? token, string text) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, new JsonObject
        {
            ["type"] = "message",
            ["from"] = new JsonObject { ["id"] = "dl_person" },
            ["locale"] = "en-US",
            ["text"] = text,
        });

    public Task<HttpResponseMessage> ReadAsync(string conversationId, string? token) =>
        SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token, null);

    public Task<HttpResponseMessage> RefreshAsync(string? token) => SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null);

    /// <summary>The Direct Line error code of a refusal (<c>{"error":{"code"}}</c>).</summary>
    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())?["error"]?["code"]?.GetValue<string>();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonObject? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }
}
