using Microsoft.Bot.Builder;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrialBot.Host.Health;

/// <summary>
/// Ready when the bot (<see cref="IBot"/>) and everything it depends on can be created from the container. An exception
/// while creating it is reported as unhealthy by the health check service itself.
/// </summary>
internal sealed class BotResolvesHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public const string Name = "bot";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<IBot>();
        return Task.FromResult(HealthCheckResult.Healthy("The bot resolved."));
    }
}
