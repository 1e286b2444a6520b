using Microsoft.Extensions.Options;
using TrialBot.DirectLine;
using TrialBot.Host.Configuration;

namespace TrialBot.Host.Security;

/// <summary>
/// Adds security headers to every response, errors included: <c>X-Content-Type-Options: nosniff</c>,
/// <c>Referrer-Policy</c>, and the widget page's Content-Security-Policy (<see cref="WidgetContentSecurityPolicy"/>) with who
/// may frame the pages (<c>frame-ancestors</c> from <c>SecurityHeaders:FrameAncestors</c>, plus the older
/// <c>X-Frame-Options</c> where it can say the same thing).
/// </summary>
public sealed class SecurityHeadersMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string _contentSecurityPolicy;
    private readonly string _referrerPolicy;
    private readonly string? _frameOptions;

    /// <summary>Creates the middleware from <see cref="SecurityHeadersOptions"/>.</summary>
    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options, IOptions<DirectLineOptions> directLineOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directLineOptions);
        _next = next ?? throw new ArgumentNullException(nameof(next));
        var settings = options.Value;
        var ancestors = string.Join(' ', settings.FrameAncestors.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        _contentSecurityPolicy = WidgetContentSecurityPolicy.Create(directLineOptions.Value, ancestors);
        _referrerPolicy = settings.ReferrerPolicy;

        // X-Frame-Options cannot list origins: it is sent only when it means the same as frame-ancestors.
        _frameOptions = ancestors switch
        {
            "'none'" => "DENY",
            "'self'" => "SAMEORIGIN",
            _ => null,
        };
    }

    /// <summary>Registers the headers to be added when the response starts, then calls the rest of the pipeline.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = _referrerPolicy;
            headers.ContentSecurityPolicy = _contentSecurityPolicy;
            if (_frameOptions is not null)
            {
                headers.XFrameOptions = _frameOptions;
            }

            return Task.CompletedTask;
        });
        return _next(context);
    }
}
