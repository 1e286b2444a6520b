using Microsoft.Bot.Builder;

namespace TrialBot.Sms.Tests.Bots;

/// <summary>Never answers: waits until its turn is cancelled, and tells when that happened.</summary>
internal sealed class HangingBot : IBot
{
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }
    }
}
