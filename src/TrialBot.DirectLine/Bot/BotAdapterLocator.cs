using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;

namespace TrialBot.DirectLine.Bot;

/// <summary>Finds the host's Bot Framework adapter, however the host registered it.</summary>
internal static class BotAdapterLocator
{
    /// <summary>
    /// The adapter registered as <see cref="BotAdapter"/>, else as <see cref="CloudAdapter"/>, else the
    /// <see cref="IBotFrameworkHttpAdapter"/> when it is a <see cref="BotAdapter"/>.
    /// </summary>
    public static BotAdapter Find(IServiceProvider services) =>
        services.GetService<BotAdapter>()
        ?? services.GetService<CloudAdapter>()
        ?? services.GetService<IBotFrameworkHttpAdapter>() as BotAdapter
        ?? throw NoAdapter();

    /// <summary>Throws when no adapter type is registered, without constructing one.</summary>
    public static void EnsureRegistered(IServiceProvider services)
    {
        var registrations = services.GetService<IServiceProviderIsService>();
        if (registrations is not null
            && !registrations.IsService(typeof(BotAdapter))
            && !registrations.IsService(typeof(CloudAdapter))
            && !registrations.IsService(typeof(IBotFrameworkHttpAdapter)))
        {
            throw NoAdapter();
        }
    }

    private static InvalidOperationException NoAdapter() => new(
        "The self-hosted Direct Line hands activities to the bot through its Bot Framework adapter, but none is registered: "
        + "register CloudAdapter (or BotAdapter) and IBot, or set DirectLine:Mode to Azure.");
}
