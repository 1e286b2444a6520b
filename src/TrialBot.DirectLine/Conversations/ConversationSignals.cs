using System.Collections.Concurrent;

namespace TrialBot.DirectLine.Conversations;

/// <summary>
/// Wakes this process's streams of a conversation when an activity is added to it here; activities added by another
/// instance are found by the streams' own periodic look at the storage.
/// </summary>
internal sealed class ConversationSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>Waits until <see cref="Signal"/> for <paramref name="conversationId"/>, or <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(string conversationId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var signal = waiting.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await signal.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Time to look at the storage anyway.
        }
    }

    /// <summary>Wakes every stream of <paramref name="conversationId"/> in this process.</summary>
    public void Signal(string conversationId)
    {
        if (waiting.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }
}
