using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Http;
using TrialBot.DirectLine.Tokens;

namespace TrialBot.DirectLine.Endpoints;

/// <summary>Self-hosted token requests: <c>POST tokens/generate</c> (open; the page's first call) and <c>POST tokens/refresh</c>.</summary>
internal static class TokenEndpoints
{
    /// <summary>
    /// Issues a token for a new conversation id. Nothing is stored until the conversation starts, so this stays cheap
    /// under load (and is the endpoint to rate-limit).
    /// </summary>
    public static async Task<IResult> GenerateAsync(
        HttpRequest request,
        [FromServices] ConversationTokenService tokens,
        [FromServices] IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken = default)
    {
        var (body, tooLarge) = await RequestBody.ReadTextAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge.ToResult();
        }

        var (tokenRequest, invalid) = TokenRequest.Parse(body);
        if (invalid is not null)
        {
            return invalid.ToResult();
        }

        var conversationId = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var token = tokens.Issue(new ConversationGrant(conversationId, tokenRequest!.UserId));
        return new NewtonsoftJsonResult(new ConversationResponse(conversationId, token.Value, token.ExpiresInSeconds));
    }

    /// <summary>Issues a fresh token for the same conversation as the (still valid) token presented.</summary>
    public static IResult Refresh(HttpRequest request, [FromServices] ConversationTokenService tokens)
    {
        var check = tokens.Check(request.Headers.Authorization);
        if (check.Error is not null)
        {
            return check.Error.ToResult();
        }

        var token = tokens.Issue(check.Grant!);
        return new NewtonsoftJsonResult(new ConversationResponse(token.Grant.ConversationId, token.Value, token.ExpiresInSeconds));
    }
}
