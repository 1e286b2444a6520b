using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;

namespace TrialBot.Relay;

/// <summary>Finds the host's Bot Framework adapter, however the host registered it.</summary>
public static class BotAdapterLocator
{
    /// <summary>
    /// The adapter registered as <see cref="BotAdapter"/>, else as <see cref="CloudAdapter"/>, else the
    /// <see cref="IBotFrameworkHttpAdapter"/> when it is a <see cref="BotAdapter"/>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <exception cref="InvalidOperationException">No adapter is registered.</exception>
    public static BotAdapter Find(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetService<BotAdapter>()
            ?? services.GetService<CloudAdapter>()
            ?? services.GetService<IBotFrameworkHttpAdapter>() as BotAdapter
            ?? throw NoAdapter("A channel served in process");
    }

    /// <summary>Throws when no adapter type is registered, without constructing one (so start-up fails, not the first request).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="channel">The channel that needs the adapter, for the message (for example "The SMS channel").</param>
    /// <exception cref="InvalidOperationException">No adapter is registered.</exception>
    public static void EnsureRegistered(IServiceProvider services, string channel)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var registrations = services.GetService<IServiceProviderIsService>();
        if (registrations is not null
            && !registrations.IsService(typeof(BotAdapter))
            && !registrations.IsService(typeof(CloudAdapter))
            && !registrations.IsService(typeof(IBotFrameworkHttpAdapter)))
        {
            throw NoAdapter(channel);
        }
    }

    private static InvalidOperationException NoAdapter(string channel) => new(
        $"{channel} hands activities to the bot through the host's Bot Framework adapter, but none is registered: "
        + "register CloudAdapter (or BotAdapter) and IBot.");
}
