using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrialBot.DirectLine.Activities;
using TrialBot.DirectLine.Azure;
using TrialBot.DirectLine.Bot;
using TrialBot.DirectLine.Conversations;
using TrialBot.DirectLine.Tokens;
using TrialBot.Relay;
using TrialBot.Storage.DirectLine;

namespace TrialBot.DirectLine;

/// <summary>Registers the website widget's Direct Line.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Direct Line services and <see cref="DirectLineOptions"/> (section <c>DirectLine</c>, validated at
    /// start). In self-hosted mode the bot is reached through the Bot Framework adapter and <c>IBot</c> the host
    /// registers; conversations are kept in the bot's storage (<c>AddTrialBotStorage</c>) when the host registers it,
    /// else in this process's memory; the root setting <c>MicrosoftAppId</c> (empty: anonymous) is the identity turns run under.
    /// </summary>
    public static IServiceCollection AddSelfHostedDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => TokenSigningKey.Create(
            provider.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokenSigningKey,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenSigningKey).FullName!)));
        services.AddSingleton<ConversationTokenService>();
        services.TryAddSingleton(_ => DirectLineStores.InMemory());
        services.AddSingleton<ConversationSignals>();
        services.AddSingleton<ConversationOrigin>();
        services.AddSingleton<TurnGates>();
        services.AddSingleton<ConversationRegistry>();
        services.AddHostedService<ConversationSweeper>();
        services.AddSingleton<ActivityStamper>();
        services.AddInProcessBot(configuration);
        services.AddSingleton<ConversationRelay>();

        services.AddHttpClient(AzureDirectLineTokenClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<AzureDirectLineTokenClient>();
        return services;
    }
}
