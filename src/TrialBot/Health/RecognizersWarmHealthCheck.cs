using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrialBot.Host.Hosting;

namespace TrialBot.Host.Health;

/// <summary>Ready once the recognizer models are loaded (<see cref="RecognizerWarmupService"/>); unhealthy while they
/// load and for good if loading failed.</summary>
internal sealed class RecognizersWarmHealthCheck(RecognizerWarmupService warmup) : IHealthCheck
{
    public const string Name = "recognizers";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(warmup.State switch
        {
            RecognizerWarmupState.Finished => HealthCheckResult.Healthy("The recognizer models are loaded."),
            RecognizerWarmupState.Failed => HealthCheckResult.Unhealthy("Loading the recognizer models failed."),
            _ => HealthCheckResult.Unhealthy("The recognizer models are still loading."),
        });
}
