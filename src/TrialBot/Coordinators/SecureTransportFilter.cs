using System.Net;
using Microsoft.Extensions.Options;

namespace TrialBot.Host.Coordinators;

/// <summary>
/// Refuses the web app's calls over plain HTTP from another machine (403 saying why), unless
/// <see cref="CoordinatorOptions.AllowHttp"/>: passwords, cookies and personal data travel only over HTTPS. Plain
/// HTTP from this machine (a coordinator's own http://localhost, the tests) is allowed.
/// </summary>
internal sealed class SecureTransportFilter(IOptions<CoordinatorOptions> options) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var remote = http.Connection.RemoteIpAddress;
        if (http.Request.IsHttps || options.Value.AllowHttp || (remote is not null && IPAddress.IsLoopback(remote)))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(TypedResults.Problem(
            "The coordinators' web app needs HTTPS. Behind a proxy that ends TLS, set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true.",
            statusCode: StatusCodes.Status403Forbidden,
            title: "HTTPS required."));
    }
}
