using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TrialBot.Host.Configuration;

namespace TrialBot.Host.Messages;

/// <summary>
/// The rate limits (<see cref="MessagesRateLimitOptions"/>): on <c>/api/messages</c> per conversation and per sender after
/// authentication (<see cref="ConversationRateLimiter"/>); on the anonymous endpoints (the widget's Direct Line token
/// generation) a fixed window per client address, the policy <see cref="AnonymousPolicyName"/>.
/// </summary>
public static class MessagesRateLimiting
{
    /// <summary>The name of the rate limiter policy.</summary>
    public const string AnonymousPolicyName = "anonymous-per-address";

    /// <summary>Registers the policy; a refused request gets 429 with <c>Retry-After</c> and problem details saying why.</summary>
    public static IServiceCollection AddMessagesRateLimiting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<ConversationRateLimiter>();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AnonymousPolicyName, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<MessagesRateLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.AnonymousPermitLimit,
                        Window = TimeSpan.FromSeconds(options.WindowSeconds),
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = WriteRejectionAsync;
        });
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptions<MessagesRateLimitOptions>>().Value;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This address sent more than {options.AnonymousPermitLimit} requests in {options.WindowSeconds} seconds; wait and send again.",
            },
        }).ConfigureAwait(false);
    }
}
