using Microsoft.Extensions.Options;

namespace TrialBot.Host.Configuration;

/// <summary>Binds the host's settings from configuration and validates them when the host starts.</summary>
public static class OptionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BotCredentialsOptions"/> (configuration root), <see cref="BotEndpointOptions"/> (<c>Bot</c>),
    /// <see cref="MessagesRateLimitOptions"/> (<c>RateLimiting</c>), <see cref="SecurityHeadersOptions"/>
    /// (<c>SecurityHeaders</c>), <see cref="TelemetryOptions"/> (<c>Telemetry</c>) and <see cref="ReferralApiOptions"/>
    /// (<c>Referrals</c>), each validated on start.
    /// </summary>
    public static IServiceCollection AddTrialBotOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsOptionsValidator>();

        services.AddOptions<BotEndpointOptions>().Bind(configuration.GetSection(BotEndpointOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<MessagesRateLimitOptions>().Bind(configuration.GetSection(MessagesRateLimitOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<SecurityHeadersOptions>().Bind(configuration.GetSection(SecurityHeadersOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecurityHeadersOptions>, SecurityHeadersOptionsValidator>();

        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.SectionName));

        services.AddOptions<ReferralApiOptions>().Bind(configuration.GetSection(ReferralApiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReferralApiOptions>, ReferralApiOptionsValidator>();
        return services;
    }
}
