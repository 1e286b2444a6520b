using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TrialBot.Storage;

/// <summary>Registers the bot's storage from configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IStorage"/>, <see cref="ConversationState"/> and <see cref="UserState"/>.</summary>
    public static IServiceCollection AddTrialBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Interim: memory only, until the durable providers land.
        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        return services;
    }
}
