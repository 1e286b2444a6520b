using Microsoft.Bot.Builder;

namespace TrialBot.Sms.Tests.Bots;

/// <summary>Fails every turn with an exception quoting what the person wrote, as careless code might.</summary>
internal sealed class ThrowingBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException($"Could not understand '{turnContext.Activity.Text}'.");
}
