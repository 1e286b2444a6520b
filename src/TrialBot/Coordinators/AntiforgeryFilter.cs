using Microsoft.AspNetCore.Antiforgery;

namespace TrialBot.Host.Coordinators;

/// <summary>Refuses a change (any method but GET, HEAD, OPTIONS) without a valid anti-forgery token: 400 saying so.</summary>
internal sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !HttpMethods.IsOptions(http.Request.Method)
            && !await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return TypedResults.Problem(
                $"The anti-forgery token is missing or not valid: reload the page (programs send it in {CoordinatorsServiceCollectionExtensions.AntiforgeryHeader}).",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Anti-forgery check failed.");
        }

        return await next(context).ConfigureAwait(false);
    }
}
