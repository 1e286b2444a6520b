using Microsoft.Data.Sqlite;
using Npgsql;
using TrialBot.Storage.Configuration;
using TrialBot.Storage.Sql;

namespace TrialBot.Storage.Hosting;

/// <summary>Creates the backend <c>Storage:Provider</c> names.</summary>
internal static class StorageBackendFactory
{
    /// <summary>Creates the backend for validated <paramref name="options"/>.</summary>
    /// <param name="options">The storage options.</param>
    /// <param name="contentRoot">Where a relative SQLite path starts from.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The backend; dispose it.</returns>
    public static StorageBackend Create(StorageOptions options, string contentRoot, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider.Trim().ToLowerInvariant())
        {
            case StorageProviders.Memory:
                return StorageBackend.InMemory(timeProvider);
            case StorageProviders.Postgres:
                var postgres = new NpgsqlConnectionStringBuilder(options.ConnectionString);
                return StorageBackend.OnSql(
                    $"PostgreSQL database '{postgres.Database}' on {postgres.Host}:{postgres.Port}",
                    new SqlDatabase(NpgsqlDataSource.Create(postgres), PostgresDialect.Instance, timeProvider),
                    timeProvider);
            case StorageProviders.Sqlite:
                var sqlite = SqliteConnectionString.Resolve(options.ConnectionString, contentRoot);
                return StorageBackend.OnSql(
                    $"SQLite file {new SqliteConnectionStringBuilder(sqlite).DataSource}",
                    new SqlDatabase(SqliteFactory.Instance.CreateDataSource(sqlite), SqliteDialect.Instance, timeProvider),
                    timeProvider);
            default:
                throw new InvalidOperationException(
                    $"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)} must be one of {string.Join(", ", StorageProviders.All)} (it is '{options.Provider}').");
        }
    }
}
