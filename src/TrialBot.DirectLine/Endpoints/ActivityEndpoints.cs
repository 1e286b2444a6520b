using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Activities;
using TrialBot.DirectLine.Bot;
using TrialBot.DirectLine.Conversations;
using TrialBot.DirectLine.Http;
using TrialBot.DirectLine.Tokens;
using TrialBot.Relay;

namespace TrialBot.DirectLine.Endpoints;

/// <summary>Self-hosted <c>POST</c> and <c>GET conversations/{id}/activities</c>: send to the bot, and poll.</summary>
internal static class ActivityEndpoints
{
    /// <summary>Queues the client's activity, hands it to the bot and answers its id once the bot's replies are queued.</summary>
    public static async Task<IResult> SendAsync(
        string conversationId,
        HttpRequest request,
        [FromServices] ConversationTokenService tokens,
        [FromServices] ConversationRegistry registry,
        [FromServices] ConversationRelay relay,
        [FromServices] IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken = default)
    {
        var (conversation, refused) = await AuthorizeAsync(request.Headers.Authorization, conversationId, tokens, registry, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused.ToResult();
        }

        var (body, tooLarge) = await RequestBody.ReadTextAsync(request, options.Value.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge is not null)
        {
            return tooLarge.ToResult();
        }

        var (activity, invalid) = IncomingActivity.Parse(body, options.Value.MaxTextLength);
        if (invalid is not null)
        {
            return invalid.ToResult();
        }

        await registry.MarkPersonSpokeAsync(conversation!, cancellationToken).ConfigureAwait(false);
        var (outcome, activityId) = await relay.SendAsync(conversation!, activity!, ServiceUrl.Of(request), cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            TurnOutcome.Delivered => new NewtonsoftJsonResult(new ResourceResponse(activityId)),
            TurnOutcome.Failed => DirectLineError.BotError().ToResult(),
            _ => DirectLineError.BotTimeout().ToResult(),
        };
    }

    /// <summary>Answers the activities newer than <paramref name="watermark"/>, and the watermark to send next.</summary>
    public static async Task<IResult> ReadAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        [FromServices] ConversationTokenService tokens,
        [FromServices] ConversationRegistry registry,
        CancellationToken cancellationToken = default)
    {
        var (_, after, refused) = await AuthorizeAtAsync(request, conversationId, watermark, tokens, registry, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused.ToResult();
        }

        var page = await registry.ReadAfterAsync(conversationId, after, cancellationToken).ConfigureAwait(false);
        return page is null ? DirectLineError.ConversationNotFound().ToResult() : new NewtonsoftJsonResult(page);
    }

    /// <summary>
    /// Direct Line's reconnect (<c>GET conversations/{id}?watermark=N</c>): the conversation, a fresh token and a
    /// <c>streamUrl</c> that resumes after the watermark. Web Chat calls it when given a conversation id, and when its
    /// WebSocket closed.
    /// </summary>
    public static async Task<IResult> ReconnectAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        [FromServices] ConversationTokenService tokens,
        [FromServices] ConversationRegistry registry,
        CancellationToken cancellationToken = default)
    {
        var (conversation, after, refused) = await AuthorizeAtAsync(request, conversationId, watermark, tokens, registry, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused.ToResult();
        }

        var token = tokens.Issue(conversation!.Grant);
        return new NewtonsoftJsonResult(new ConversationResponse(
            conversation.Id, token.Value, token.ExpiresInSeconds, StreamUrl: StreamEndpoint.Address(request, conversation.Id, token.Value, after)));
    }

    // The request's token checked against the conversation, then its watermark read: what reading and reconnecting share.
    private static async Task<(Conversation? Conversation, long? After, DirectLineError? Refused)> AuthorizeAtAsync(
        HttpRequest request, string conversationId, string? watermark, ConversationTokenService tokens, ConversationRegistry registry, CancellationToken cancellationToken)
    {
        var (conversation, refused) = await AuthorizeAsync(request.Headers.Authorization, conversationId, tokens, registry, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return (null, null, refused);
        }

        var (after, invalid) = Watermark.Parse(watermark);
        return invalid is not null ? (null, null, invalid) : (conversation, after, null);
    }

    /// <summary>Checks that <paramref name="authorization"/> holds a token for <paramref name="conversationId"/>, and finds it.</summary>
    internal static async Task<(Conversation? Conversation, DirectLineError? Refused)> AuthorizeAsync(
        string? authorization, string conversationId, ConversationTokenService tokens, ConversationRegistry registry, CancellationToken cancellationToken)
    {
        var check = tokens.Check(authorization);
        if (check.Error is not null)
        {
            return (null, check.Error);
        }

        if (!string.Equals(check.Grant!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, DirectLineError.WrongConversation());
        }

        var conversation = await registry.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return conversation is null ? (null, DirectLineError.ConversationNotFound()) : (conversation, null);
    }
}
