using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TrialBot.Bot;

/// <summary>Registers the screening bot.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="IBot"/> that runs the screening conversation.</summary>
    public static IServiceCollection AddScreeningBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Interim: replaced by the screening conversation.
        services.AddTransient<IBot, InterimBot>();
        return services;
    }

    private sealed class InterimBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
            => turnContext.SendActivityAsync(MessageFactory.Text("Hello."), cancellationToken);
    }
}
