using Microsoft.Bot.Builder;

namespace TrialBot.Sms.Tests.Bots;

/// <summary>Answers every message with one given text.</summary>
internal sealed class FixedReplyBot(string reply) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        => turnContext.SendActivityAsync(reply, cancellationToken: cancellationToken);
}
