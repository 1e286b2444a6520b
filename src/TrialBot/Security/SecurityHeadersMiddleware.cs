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
    private readonly RequestDelegate next;
    private readonly string contentSecurityPolicy;
    private readonly string referrerPolicy;
    private readonly string? frameOptions;

    /// <summary>Creates the middleware from <see cref="SecurityHeadersOptions"/>.</summary>
    public SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options, IOptions<DirectLineOptions> directLineOptions)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(directLineOptions);
        this.next = next ?? throw new ArgumentNullException(nameof(next));
        var settings = options.Value;
        var ancestors = string.Join(' ', settings.FrameAncestors.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        contentSecurityPolicy = WidgetContentSecurityPolicy.Create(directLineOptions.Value, ancestors);
        referrerPolicy = settings.ReferrerPolicy;

        // X-Frame-Options cannot list origins: it is sent only when it means the same as frame-ancestors.
        frameOptions = ancestors switch
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
            headers["Referrer-Policy"] = referrerPolicy;
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            if (frameOptions is not null)
            {
                headers.XFrameOptions = frameOptions;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
