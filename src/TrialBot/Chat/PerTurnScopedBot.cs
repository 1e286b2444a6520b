using Microsoft.Bot.Builder;

namespace TrialBot.Host.Chat;

/// <summary>Creates the bot in a fresh container scope for every turn, as the HTTP endpoint does per request.</summary>
internal sealed class PerTurnScopedBot(IServiceScopeFactory scopes) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }
}
