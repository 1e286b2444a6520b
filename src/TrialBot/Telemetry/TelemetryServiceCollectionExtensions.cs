using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using TrialBot.Host.Configuration;

namespace TrialBot.Host.Telemetry;

/// <summary>Registers the service's metrics and the conversation-id hash used in logs.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TrialBotMetrics"/>, <see cref="ConversationIdHash"/> and OpenTelemetry metrics exported in
    /// Prometheus format: the <c>TrialBot</c> and <c>TrialBot.*</c> meters, ASP.NET Core's and the .NET runtime's.
    /// Map the scraping endpoint with <c>app.MapPrometheusScrapingEndpoint("/metrics")</c>.
    /// </summary>
    public static IServiceCollection AddTrialBotTelemetry(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.AddSingleton<TrialBotMetrics>();
        services.AddSingleton(provider => new ConversationIdHash(provider.GetRequiredService<IOptions<TelemetryOptions>>().Value.ConversationIdHashKey));
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(TrialBotMetrics.MeterName))
            .WithMetrics(metrics => metrics
                .AddMeter(TrialBotMetrics.MeterName, TrialBotMetrics.MeterName + ".*")
                .AddAspNetCoreInstrumentation()
                .AddMeter("System.Runtime")
                .AddPrometheusExporter());
        return services;
    }
}
