using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using TrialBot.DirectLine.Endpoints;
using TrialBot.DirectLine.Http;
using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine.Azure;

/// <summary>
/// Exchanges the Direct Line channel secret for a conversation token at Azure Bot Service
/// (<c>POST {AzureEndpoint}/tokens/generate</c>), server-side, so that the secret never reaches a browser.
/// </summary>
internal sealed partial class AzureDirectLineTokenClient(
    IHttpClientFactory httpClientFactory,
    IOptions<DirectLineOptions> options,
    ILogger<AzureDirectLineTokenClient> logger)
{
    /// <summary>The name of the <see cref="HttpClient"/> this client uses (configure its handler to test or proxy it).</summary>
    public const string HttpClientName = "TrialBot.DirectLine.Azure";

    /// <summary>Asks Azure for a token bound to the requested user; returns the token, or the 502 error that says why not.</summary>
    public async Task<(ConversationResponse? Token, DirectLineError? Error)> GenerateAsync(
        TokenRequest tokenRequest, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tokenRequest);
        var endpoint = options.Value.AzureEndpoint;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/tokens/generate"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Secret);
        var user = new JObject { ["id"] = tokenRequest.UserId };
        if (tokenRequest.UserName is not null)
        {
            user["name"] = tokenRequest.UserName;
        }

        request.Content = new StringContent(new JObject { ["user"] = user }.ToString(Formatting.None), Encoding.UTF8, "application/json");

        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused((int)response.StatusCode);
                return (null, DirectLineError.ServiceError($"Azure Direct Line refused the token request (HTTP {(int)response.StatusCode})."));
            }

            var body = JsonConvert.DeserializeObject<JObject>(
                await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false), BotJson.Settings);
            var conversationId = (string?)body?["conversationId"];
            var token = (string?)body?["token"];
            var expiresIn = (int?)body?["expires_in"];
            if (string.IsNullOrEmpty(conversationId) || string.IsNullOrEmpty(token) || expiresIn is null)
            {
                return (null, DirectLineError.ServiceError("Azure Direct Line answered without a token."));
            }

            return (new ConversationResponse(conversationId, token, expiresIn.Value, endpoint.AbsoluteUri.TrimEnd('/')), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or FormatException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnreachable(exception.GetType().Name);
            return (null, DirectLineError.ServiceError("Azure Direct Line could not be reached for a token."));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line refused the token request with HTTP {StatusCode}; check DirectLine:Secret.")]
    private partial void LogRefused(int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line could not be reached for a token ({ExceptionType}).")]
    private partial void LogUnreachable(string exceptionType);
}
