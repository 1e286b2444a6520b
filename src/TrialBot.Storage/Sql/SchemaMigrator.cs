using System.Data.Common;
using System.Globalization;

namespace TrialBot.Storage.Sql;

/// <summary>
/// Brings a database's schema up to date: in one exclusive transaction, creates the version table if missing and
/// applies, in order, every migration newer than the recorded version, recording each. Running it again, or in two
/// processes at once, is harmless: the second finds nothing left to do.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Migrates the database <paramref name="connection"/> is open on.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="timeProvider">The clock, for the time each migration was applied.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many migrations this call applied.</returns>
    /// <exception cref="InvalidOperationException">The database's schema is newer than this build knows.</exception>
    public static async Task<int> MigrateAsync(DbConnection connection, SqlDialect dialect, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await dialect.LockForMigrationAsync(transaction, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, dialect.CreateVersionTableSql, cancellationToken).ConfigureAwait(false);

        var current = await CurrentVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        var latest = dialect.Migrations[^1].Version;
        if (current > latest)
        {
            throw new InvalidOperationException(
                $"The {dialect.Name} database's schema is at version {current}, newer than this build knows ({latest}); run a newer build.");
        }

        var pending = dialect.Migrations.Where(migration => migration.Version > current).OrderBy(migration => migration.Version).ToList();
        foreach (var migration in pending)
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            if (migration.ThenAsync is { } then)
            {
                await then(connection, transaction, dialect, cancellationToken).ConfigureAwait(false);
            }

            await using var record = connection.CreateCommand(
                    "INSERT INTO trialbot_schema_version (version, description, applied_at) VALUES (@version, @description, @applied_at)",
                    transaction)
                .With("version", migration.Version)
                .With("description", migration.Description)
                .With("applied_at", dialect.Time(timeProvider.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return pending.Count;
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand("SELECT COALESCE(MAX(version), 0) FROM trialbot_schema_version", transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
