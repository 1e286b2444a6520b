using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrialBot.Host.Configuration;
using TrialBot.Storage.Conversations;

namespace TrialBot.Host.BotFramework;

/// <summary>Registers the Bot Framework adapter and what it needs.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotFrameworkAuthentication"/> from configuration (failing closed: any request it cannot authenticate in time gets 401), the <see cref="TurnErrorHandler"/>, the
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
        // Reusing clients outside, failing closed inside: a turn builds no client it does not need, and any request the
        // Bot Framework cannot authenticate in time is refused.
        services.TryAddSingleton(provider => new ConnectorClientPool(provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BotFrameworkAuthentication>(provider => new ClientReusingAuthentication(new FailClosedAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                provider.GetRequiredService<IConfiguration>(),
                credentialsFactory: null,
                authConfiguration: null,
                httpClientFactory: provider.GetRequiredService<IHttpClientFactory>(),
                logger: provider.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<BotEndpointOptions>>().Value.AuthenticationTimeoutSeconds),
            provider.GetRequiredService<ILogger<FailClosedAuthentication>>()), provider.GetRequiredService<ConnectorClientPool>()));

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
