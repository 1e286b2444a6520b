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
        var (conversation, refused) = Authorize(request, conversationId, tokens, registry);
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

        conversation!.MarkPersonSpoke();
        var (outcome, activityId) = await relay.SendAsync(conversation, activity!, ServiceUrl.Of(request), cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            TurnOutcome.Delivered => new NewtonsoftJsonResult(new ResourceResponse(activityId)),
            TurnOutcome.Failed => DirectLineError.BotError().ToResult(),
            _ => DirectLineError.BotTimeout().ToResult(),
        };
    }

    /// <summary>Answers the activities newer than <paramref name="watermark"/>, and the watermark to send next.</summary>
    public static IResult Read(
        string conversationId,
        string? watermark,
        HttpRequest request,
        [FromServices] ConversationTokenService tokens,
        [FromServices] ConversationRegistry registry)
    {
        var (conversation, refused) = Authorize(request, conversationId, tokens, registry);
        if (refused is not null)
        {
            return refused.ToResult();
        }

        long? after = null;
        if (!string.IsNullOrEmpty(watermark))
        {
            if (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return DirectLineError.BadArgument("watermark must be a whole number from a previous answer.").ToResult();
            }

            after = parsed;
        }

        return new NewtonsoftJsonResult(conversation!.Transcript.ReadAfter(after));
    }

    private static (Conversation? Conversation, DirectLineError? Refused) Authorize(
        HttpRequest request, string conversationId, ConversationTokenService tokens, ConversationRegistry registry)
    {
        var check = tokens.Check(request.Headers.Authorization);
        if (check.Error is not null)
        {
            return (null, check.Error);
        }

        if (!string.Equals(check.Grant!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return (null, DirectLineError.WrongConversation());
        }

        var conversation = registry.Find(conversationId);
        return conversation is null ? (null, DirectLineError.ConversationNotFound()) : (conversation, null);
    }
}
