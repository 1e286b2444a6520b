namespace TrialBot.Storage;

/// <summary>Tells whether the configured storage can be reached now, for readiness checks.</summary>
public interface IStorageHealth
{
    /// <summary>Runs the cheapest query the database answers (<c>SELECT 1</c> on a pooled connection, after the schema
    /// migration if it has not run yet); in memory, completes at once.</summary>
    /// <param name="cancellationToken">Cancels the operation (give it a timeout: an unreachable host can take the
    /// connection timeout to fail).</param>
    /// <returns>A task that completes when storage answered.</returns>
    /// <exception cref="System.Data.Common.DbException">The database could not be reached or refused the query.</exception>
    Task PingAsync(CancellationToken cancellationToken = default);
}
