using TrialBot.Storage.Conversations;

namespace TrialBot.Storage.Memory;

/// <summary><see cref="IProcessedActivityStore"/> in process memory.</summary>
internal sealed class MemoryProcessedActivityStore(MemoryDatabase database, TimeProvider timeProvider) : IProcessedActivityStore
{
    public Task<bool> TryRecordAsync(ActivityKey activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (database.Gate)
        {
            return Task.FromResult(database.ProcessedActivities.TryAdd(activity, timeProvider.GetUtcNow()));
        }
    }

    public Task ForgetAsync(ActivityKey activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (database.Gate)
        {
            database.ProcessedActivities.Remove(activity);
        }

        return Task.CompletedTask;
    }
}
