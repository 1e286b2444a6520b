namespace TrialBot.Host.Coordinators;

/// <summary>Marks the web app's answers as not to be cached: they hold personal data.</summary>
internal sealed class NoStoreFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return next(context);
    }
}
