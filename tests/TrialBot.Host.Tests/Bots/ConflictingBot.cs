using Microsoft.Bot.Builder;
using TrialBot.Storage;

namespace TrialBot.Host.Tests.Bots;

/// <summary>Replies, then fails as a save over state changed by someone else does (optionally wrapped), with the
/// storage key, which holds the conversation id, in the exception's message.</summary>
internal sealed class ConflictingBot(bool wrap = false) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await turnContext.SendActivityAsync("Question 2?", cancellationToken: cancellationToken);
        var conflict = StorageConflictException.ForKey($"{turnContext.Activity.ChannelId}/conversations/{turnContext.Activity.Conversation.Id}");
        throw wrap ? new InvalidOperationException("The turn could not be saved.", conflict) : conflict;
    }
}
