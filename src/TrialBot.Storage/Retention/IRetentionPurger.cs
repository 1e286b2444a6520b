namespace TrialBot.Storage.Retention;

/// <summary>Removes data nobody has touched for a while.</summary>
public interface IRetentionPurger
{
    /// <summary>Removes state items last written, and processed-activity records made, more than
    /// <paramref name="olderThan"/> ago. Referrals are kept.</summary>
    /// <param name="olderThan">How long idle data is kept.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What was removed.</returns>
    Task<PurgeResult> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken = default);
}
