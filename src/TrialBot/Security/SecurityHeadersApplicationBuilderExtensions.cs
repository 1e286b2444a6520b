namespace TrialBot.Host.Security;

/// <summary>Adds <see cref="SecurityHeadersMiddleware"/> to the pipeline.</summary>
public static class SecurityHeadersApplicationBuilderExtensions
{
    /// <summary>Adds the security headers to every response; call it first so error responses get them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<SecurityHeadersMiddleware>();
    }
}
