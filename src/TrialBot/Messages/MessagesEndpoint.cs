using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace TrialBot.Host.Messages;

/// <summary>The Bot Framework endpoint, <c>POST /api/messages</c>.</summary>
public static class MessagesEndpoint
{
    /// <summary>The route.</summary>
    public const string Route = "/api/messages";

    /// <summary>
    /// Maps <c>POST /api/messages</c>: rate limited per client address, the body checked (415, 413, 400 with problem
    /// details), then handed to the adapter, which authenticates it (401) and runs the turn with <see cref="IBot"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(Route, ProcessAsync)
            .AddEndpointFilter<ActivityRequestFilter>()
            .AddEndpointFilter<ConversationRateLimitFilter>()
            .WithName("BotMessages");
    }

    private static Task ProcessAsync(HttpContext context, [FromServices] IBotFrameworkHttpAdapter adapter, [FromServices] IBot bot)
        => adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
}
