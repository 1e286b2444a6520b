namespace TrialBot.Host.Hosting;

/// <summary>Registers the start-up warm-up of the recognizer models.</summary>
public static class RecognizerWarmupServiceCollectionExtensions
{
    /// <summary>Registers <see cref="RecognizerWarmupService"/> as a singleton (readiness reads its state) and as a hosted service.</summary>
    public static IServiceCollection AddRecognizerWarmup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<RecognizerWarmupService>();
        services.AddHostedService(provider => provider.GetRequiredService<RecognizerWarmupService>());
        return services;
    }
}
