namespace TrialBot.Storage.Conversations;

/// <summary>Remembers which activities have been processed, so that a re-delivered activity runs the bot once.</summary>
public interface IProcessedActivityStore
{
    /// <summary>Records <paramref name="activity"/> as processed, atomically, unless it already is.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> if this call recorded it (run the turn); <see langword="false"/> if it was
    /// already recorded (a duplicate: do not run it again).</returns>
    Task<bool> TryRecordAsync(ActivityKey activity, CancellationToken cancellationToken = default);

    /// <summary>Removes the record of <paramref name="activity"/> (after its turn failed, so that a retry can run).</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the record is gone.</returns>
    Task ForgetAsync(ActivityKey activity, CancellationToken cancellationToken = default);
}
