using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrialBot.Storage;

namespace TrialBot.Host.Health;

/// <summary>
/// Ready when storage answers a cheap query (<see cref="IStorageHealth.PingAsync"/>) within <see cref="Timeout"/>. An
/// exception or the timeout is reported as unhealthy by the health check service itself.
/// </summary>
internal sealed class StorageHealthCheck(IStorageHealth storage) : IHealthCheck
{
    public const string Name = "storage";

    /// <summary>How long the query may take before storage counts as unreachable.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await storage.PingAsync(cancellationToken).ConfigureAwait(false);
        return HealthCheckResult.Healthy("Storage answered.");
    }
}
