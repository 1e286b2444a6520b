using Newtonsoft.Json;

namespace TrialBot.DirectLine.Endpoints;

/// <summary>
/// Direct Line's <c>Conversation</c> body, answered by token and conversation requests. <c>streamUrl</c> is where Web Chat
/// opens its WebSocket (self-hosted conversation start and reconnect only). <c>domain</c> is this project's addition for its page: where to talk Direct Line when that
/// is not this host (Azure mode).
/// </summary>
/// <param name="ConversationId">The conversation the token is for.</param>
/// <param name="Token">The conversation token.</param>
/// <param name="ExpiresIn">Seconds until the token expires.</param>
/// <param name="Domain">The Direct Line base address to use, when it is not this host.</param>
/// <param name="StreamUrl">The conversation's WebSocket address, carrying the token and watermark.</param>
internal sealed record ConversationResponse(
    [property: JsonProperty("conversationId")] string ConversationId,
    [property: JsonProperty("token")] string Token,
    [property: JsonProperty("expires_in")] int ExpiresIn,
    [property: JsonProperty("domain", NullValueHandling = NullValueHandling.Ignore)] string? Domain = null,
    [property: JsonProperty("streamUrl", NullValueHandling = NullValueHandling.Ignore)] string? StreamUrl = null);
