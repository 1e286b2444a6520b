using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Endpoints;
using TrialBot.Relay;

namespace TrialBot.DirectLine;

/// <summary>Maps the website widget's Direct Line endpoints.</summary>
public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>The base path of the Direct Line endpoints.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>The endpoint name of <c>POST /v3/directline/tokens/generate</c>, the only endpoint open without a token.</summary>
    public const string GenerateTokenEndpointName = "DirectLine.GenerateToken";

    /// <summary>
    /// Maps, under <c>/v3/directline</c>: in self-hosted mode <c>POST tokens/generate</c>, <c>POST tokens/refresh</c>,
    /// <c>POST conversations</c>, <c>GET conversations/{conversationId}</c> (reconnect), <c>POST</c> and
    /// <c>GET conversations/{conversationId}/activities</c>, and the WebSocket <c>GET conversations/{conversationId}/stream</c>
    /// (adding the WebSocket middleware when <paramref name="endpoints"/> is the application); in Azure mode
    /// only <c>POST tokens/generate</c>. Fails at start when the options are invalid or, in self-hosted mode, when no
    /// Bot Framework adapter is registered. Returns the group, for conventions on every endpoint.
    /// </summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="tokenRateLimiterPolicy">
    /// The name of a rate limiter policy the host registered (<c>AddRateLimiter</c>, <c>UseRateLimiter</c>) to apply to
    /// the open <c>POST tokens/generate</c> only; the other endpoints need a token and Web Chat polls them every second.
    /// </param>
    public static IEndpointConventionBuilder MapSelfHostedDirectLine(this IEndpointRouteBuilder endpoints, string? tokenRateLimiterPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var group = endpoints.MapGroup(BasePath);

        var generate = options.Mode == DirectLineMode.Azure
            ? group.MapPost("/tokens/generate", AzureTokenEndpoint.GenerateAsync)
            : group.MapPost("/tokens/generate", TokenEndpoints.GenerateAsync);
        generate.WithName(GenerateTokenEndpointName);
        if (tokenRateLimiterPolicy is not null)
        {
            generate.RequireRateLimiting(tokenRateLimiterPolicy);
        }

        if (options.Mode == DirectLineMode.Azure)
        {
            return group;
        }

        // Fail at start-up, not on the first request, when the host registered no adapter; checked without building
        // one, so that the adapter's own settings are validated by the host first.
        BotAdapterLocator.EnsureRegistered(endpoints.ServiceProvider, "The self-hosted Direct Line (DirectLine:Mode SelfHosted)");
        group.MapPost("/tokens/refresh", TokenEndpoints.Refresh);
        group.MapPost("/conversations", ConversationEndpoints.StartAsync);
        group.MapPost("/conversations/{conversationId}/activities", ActivityEndpoints.SendAsync);
        group.MapGet("/conversations/{conversationId}/activities", ActivityEndpoints.ReadAsync);
        group.MapGet("/conversations/{conversationId}", ActivityEndpoints.ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamEndpoint.StreamAsync);
        if (endpoints is IApplicationBuilder application)
        {
            // The stream endpoint needs the WebSocket middleware; on a WebApplication, middleware added here still runs
            // before the endpoints.
            application.UseWebSockets();
        }
        return group;
    }
}
