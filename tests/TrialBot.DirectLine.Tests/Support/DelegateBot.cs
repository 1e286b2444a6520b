using Microsoft.Bot.Builder;

namespace TrialBot.DirectLine.Tests.Support;

/// <summary>A bot whose every turn is the delegate a test gives.</summary>
internal sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => onTurn(turnContext, cancellationToken);
}
