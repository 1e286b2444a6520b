using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Bot;
using TrialBot.DirectLine.Conversations;
using TrialBot.DirectLine.Http;
using TrialBot.DirectLine.Tokens;
using TrialBot.Relay;

namespace TrialBot.DirectLine.Endpoints;

/// <summary>Self-hosted <c>POST conversations</c>: starts the token's conversation.</summary>
internal static class ConversationEndpoints
{
    /// <summary>
    /// Opens the token's conversation in the language the body asks for and tells the bot (whose greeting is queued
    /// before this answers): 201 when started, 200 when it was already open, with a fresh token either way.
    /// </summary>
    public static async Task<IResult> StartAsync(
        HttpRequest request,
        [FromServices] ConversationTokenService tokens,
        [FromServices] ConversationRegistry registry,
        [FromServices] ConversationOrigin origins,
        [FromServices] ConversationRelay relay,
        [FromServices] IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken = default)
    {
        var check = tokens.Check(request.Headers.Authorization);
        if (check.Error is not null)
        {
            return check.Error.ToResult();
        }

        var (body, tooLarge) = await RequestBody.ReadTextAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge.ToResult();
        }

        var (start, invalid) = ConversationStartRequest.Parse(body);
        if (invalid is not null)
        {
            return invalid.ToResult();
        }

        var (conversation, created) = await registry.OpenAsync(check.Grant!, start!.Locale, origins.Of(request), cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return DirectLineError.TooManyConversations().ToResult();
        }

        if (created)
        {
            var (outcome, _) = await relay.StartAsync(conversation, ServiceUrl.Of(request), cancellationToken).ConfigureAwait(false);
            if (outcome == TurnOutcome.Failed)
            {
                await registry.RemoveAsync(conversation, CancellationToken.None).ConfigureAwait(false);
                return DirectLineError.BotError().ToResult();
            }
        }

        var token = tokens.Issue(conversation.Grant);
        return new NewtonsoftJsonResult(
            new ConversationResponse(conversation.Id, token.Value, token.ExpiresInSeconds, StreamUrl: StreamEndpoint.Address(request, conversation.Id, token.Value, watermark: null)),
            created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
