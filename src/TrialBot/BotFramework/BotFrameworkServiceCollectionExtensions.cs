using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrialBot.Storage.Conversations;

namespace TrialBot.Host.BotFramework;

/// <summary>Registers the Bot Framework adapter and what it needs.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotFrameworkAuthentication"/> from configuration (malformed tokens refused with 401), the <see cref="TurnErrorHandler"/>, the
    /// <see cref="TurnTelemetryMiddleware"/> and <see cref="TrialBotAdapter"/> (also as <see cref="IBotFrameworkHttpAdapter"/>).
    /// The bot itself (<c>IBot</c>) and the storage (<see cref="DuplicateActivityMiddleware"/>, <c>AddTrialBotStorage</c>)
    /// are registered elsewhere.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAdapter(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);

        // A factory: the authentication's constructor takes optional framework types the container must not guess.
        services.AddSingleton<BotFrameworkAuthentication>(provider => new MalformedTokenRejectingAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                credentialsFactory: null,
                authConfiguration: null,
                httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
                logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            provider.GetRequiredService<ILogger<MalformedTokenRejectingAuthentication>>()));

        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<TurnTelemetryMiddleware>();

        // A factory, as CloudAdapter itself needs (its two constructors are ambiguous to the container): built with exactly these collaborators.
        services.AddSingleton(provider => new TrialBotAdapter(
            provider.GetRequiredService<BotFrameworkAuthentication>(),
            provider.GetRequiredService<TurnErrorHandler>(),
            provider.GetRequiredService<TurnTelemetryMiddleware>(),
            provider.GetRequiredService<DuplicateActivityMiddleware>(),
            provider.GetRequiredService<ILogger<TrialBotAdapter>>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(provider => provider.GetRequiredService<TrialBotAdapter>());
        return services;
    }
}
