using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrialBot.Storage.Configuration;
using TrialBot.Storage.Conversations;
using TrialBot.Storage.Coordinators;
using TrialBot.Storage.DirectLine;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Hosting;
using TrialBot.Storage.Referrals;
using TrialBot.Storage.Retention;

namespace TrialBot.Storage;

/// <summary>Registers the bot's storage from configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers, for the provider <c>Storage:Provider</c> names (see <see cref="StorageOptions"/>, validated at
    /// start-up): <see cref="IStorage"/>, <see cref="ConversationState"/>, <see cref="UserState"/>,
    /// <see cref="IProcessedActivityStore"/> with <see cref="DuplicateActivityMiddleware"/>, <see cref="IReferralStore"/>,
    /// <see cref="IRetentionPurger"/>, <see cref="IConversationEraser"/>, <see cref="IDirectLineStore"/>, <see cref="ICoordinatorAccountStore"/>, <see cref="IFunnelEventStore"/> (buffered: <see cref="BufferedFunnelEventStore"/>, flushed when the service stops), <see cref="IStorageHealth"/>, a hosted service that creates or migrates the
    /// schema at start-up, and <see cref="RetentionPurgeService"/>. Uses the registered <see cref="TimeProvider"/>, or
    /// the system clock.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration holding the <c>Storage</c> section.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddTrialBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => StorageBackendFactory.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().Items);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().ProcessedActivities);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().Referrals);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().Purger);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().Eraser);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().DirectLine);
        services.AddSingleton(provider => provider.GetRequiredService<StorageBackend>().CoordinatorAccounts);
        services.AddSingleton<IFunnelEventStore>(provider => new BufferedFunnelEventStore(
            provider.GetRequiredService<StorageBackend>().FunnelEvents,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<BufferedFunnelEventStore>>()));
        services.AddSingleton<IStorageHealth>(provider => provider.GetRequiredService<StorageBackend>());

        services.AddSingleton<DuplicateActivityMiddleware>();
        services.AddSingleton<ConversationState>(provider => new TrackedConversationState(provider.GetRequiredService<IStorage>()));
        services.AddSingleton<UserState>();

        services.AddHostedService<StorageInitializer>();
        services.AddHostedService<RetentionPurgeService>();
        return services;
    }
}
