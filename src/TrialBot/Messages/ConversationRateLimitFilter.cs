using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace TrialBot.Host.Messages;

/// <summary>
/// Limits <c>/api/messages</c> per conversation and per sender (<see cref="ConversationRateLimiter"/>), after the request
/// was validated and authenticated: a request that does not authenticate is left to the adapter, which refuses it with
/// 401 without using up anyone's permits; one over the limit gets 429 with Retry-After and the bot does not run.
/// </summary>
internal sealed class ConversationRateLimitFilter(ConversationRateLimiter limiter, BotFrameworkAuthentication authentication) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.Items[ActivityRequestValidator.ValidatedActivityKey] is not Activity activity || !await AuthenticatesAsync(activity, http).ConfigureAwait(false))
        {
            return await next(context).ConfigureAwait(false);
        }

        using var lease = limiter.Acquire(activity);
        if (lease.IsAcquired)
        {
            return await next(context).ConfigureAwait(false);
        }

        if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        var limits = limiter.Limits;
        return TypedResults.Problem(
            $"This conversation or sender sent more than {limits.PermitLimit} activities in {limits.WindowSeconds} seconds; wait and send again.",
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.");
    }

    private async Task<bool> AuthenticatesAsync(Activity activity, HttpContext http)
    {
        try
        {
            await authentication.AuthenticateRequestAsync(activity, http.Request.Headers.Authorization.ToString(), http.RequestAborted).ConfigureAwait(false);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
