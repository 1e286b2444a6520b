using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace TrialBot.Host.Health;

/// <summary>
/// Liveness (<c>/healthz</c>: the process answers) and readiness (<c>/readyz</c>: every registered health check passes).
/// Any part of the service adds a readiness check with the framework's own API, for example
/// <c>services.AddHealthChecks().AddCheck&lt;StorageHealthCheck&gt;("storage")</c>; nothing here needs to change.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The liveness route.</summary>
    public const string LivenessRoute = "/healthz";

    /// <summary>The readiness route.</summary>
    public const string ReadinessRoute = "/readyz";

    /// <summary>
    /// Registers the health check service with the host's readiness checks: the bot can be created (<c>bot</c>),
    /// storage answers within five seconds (<c>storage</c>) and the recognizer models are loaded (<c>recognizers</c>,
    /// needs <see cref="Hosting.RecognizerWarmupServiceCollectionExtensions.AddRecognizerWarmup"/>).
    /// </summary>
    public static IServiceCollection AddTrialBotHealthChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHealthChecks()
            .AddCheck<BotResolvesHealthCheck>(BotResolvesHealthCheck.Name)
            .AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, timeout: StorageHealthCheck.Timeout)
            .AddCheck<RecognizersWarmHealthCheck>(RecognizersWarmHealthCheck.Name);
        return services;
    }

    /// <summary>Maps <c>/healthz</c> (runs no check) and <c>/readyz</c> (runs them all).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(LivenessRoute, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync });
        endpoints.MapHealthChecks(ReadinessRoute, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        return endpoints;
    }
}
