using Microsoft.Extensions.Options;
using TrialBot.Host.Configuration;

namespace TrialBot.Host.Messages;

/// <summary>Answers a request that is not a valid activity with a problem-details response, before the adapter runs.</summary>
internal sealed class ActivityRequestFilter(IOptions<BotEndpointOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var problem = await ActivityRequestValidator.ValidateAsync(http.Request, options.Value.MaxActivityBytes, http.RequestAborted).ConfigureAwait(false);
        return problem is null
            ? await next(context).ConfigureAwait(false)
            : TypedResults.Problem(problem.Detail, statusCode: problem.StatusCode, title: problem.Title);
    }
}
