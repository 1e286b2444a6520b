using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrialBot.Bot.Configuration;
using TrialBot.Bot.Metrics;
using TrialBot.Dialogs;
using TrialBot.Storage.Funnel;
using TrialBot.Storage.Referrals;
using TrialBot.Storage.Retention;

namespace TrialBot.Bot;

/// <summary>Registers the screening bot.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="IBot"/> that runs the screening conversation, with the trial definition from
    /// <c>Trial:DefinitionPath</c> (default <c>trials/NCT05765006.json</c> in the application's folder), or the trials of
    /// <c>Trial:DefinitionPaths</c> (the questionnaire asked as <c>TrialDefinition</c>, the trials as <c>TrialSet</c>), and the site
    /// contacts <c>Sites:{siteId}:Phone</c> / <c>:Email</c>, both checked when the host starts (a broken definition
    /// stops the start with the loader's message), wrapped so that each turn's funnel events go to <see cref="IFunnelEventStore"/> when one is registered; <see cref="ScreeningMetrics"/>; and <see cref="TimeProvider.System"/> unless a clock is registered. It needs
    /// <see cref="ConversationState"/>, <see cref="IReferralStore"/> and <see cref="IConversationEraser"/>, which
    /// <c>AddTrialBotStorage</c> registers.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddScreeningBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TrialOptions>().Bind(configuration.GetSection(TrialOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrialOptions>>(new TrialOptionsValidator(configuration));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ScreeningMetrics>();
        services.AddSingleton(provider => TrialSetup.Load(provider.GetRequiredService<IOptions<TrialOptions>>().Value, configuration));
        services.AddSingleton(provider => provider.GetRequiredService<TrialSetup>().Definition);
        services.AddSingleton(provider => provider.GetRequiredService<TrialSetup>().Trials);
        services.AddScreeningConversation();
        services.AddTransient<IBot>(provider => new FunnelRecordingBot(
            new ScreeningBot(
                provider.GetRequiredService<ScreeningConversation>(),
                provider.GetRequiredService<ConversationState>(),
                provider.GetRequiredService<IConversationEraser>()),
            provider.GetRequiredService<ConversationState>(),
            provider.GetService<IFunnelEventStore>(),
            provider.GetRequiredService<TrialSetup>().Trials,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<FunnelRecordingBot>>()));
        return services;
    }
}
