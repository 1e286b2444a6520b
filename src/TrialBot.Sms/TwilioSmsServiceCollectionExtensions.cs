using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrialBot.Dialogs.Channels;
using TrialBot.Relay;
using TrialBot.Sms.Replies;
using TrialBot.Sms.Turns;
using TrialBot.Sms.Webhook;

namespace TrialBot.Sms;

/// <summary>Registers the SMS channel (a Twilio number's messaging webhook).</summary>
public static class TwilioSmsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SMS channel's services and <see cref="SmsOptions"/> (section <c>Sms</c>, validated at start). The
    /// bot is reached in process through the Bot Framework adapter and <c>IBot</c> the host registers
    /// (<see cref="InProcessBot"/>); the root setting <c>MicrosoftAppId</c> (empty: anonymous) is the identity turns run
    /// under. Uses the registered <see cref="TimeProvider"/>, or the system clock, and the registered
    /// <see cref="ChannelCapabilityTable"/> (the dialogs' one), or the default table.
    /// </summary>
    public static IServiceCollection AddTwilioSms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SmsOptions>()
            .Bind(configuration.GetSection(SmsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddInProcessBot(configuration);
        services.AddSingleton<SenderTurnGates>();
        services.AddSingleton<SmsTurnRunner>();
        services.AddSingleton<SmsActivityFactory>();
        services.AddSingleton<TwilioSignature>();
        services.TryAddSingleton(ChannelCapabilityTable.Default);
        services.AddSingleton<SmsReplyTexts>();
        services.AddSingleton<SmsWebhook>();
        return services;
    }
}
