using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TrialBot.Relay;

/// <summary>Registers the in-process relay to the bot.</summary>
public static class InProcessBotServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InProcessBot"/> over the adapter <see cref="BotAdapterLocator"/> finds, with the
    /// <see cref="TrustedCallerIdentity"/> of the root setting <c>MicrosoftAppId</c> (empty: anonymous). Every channel
    /// served in process calls it; the first registration counts.
    /// </summary>
    public static IServiceCollection AddInProcessBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(new TrustedCallerIdentity(configuration["MicrosoftAppId"]));
        services.TryAddSingleton(provider => new InProcessBot(
            BotAdapterLocator.Find(provider),
            provider.GetRequiredService<TrustedCallerIdentity>(),
            provider.GetRequiredService<IServiceScopeFactory>()));
        return services;
    }
}
