using Microsoft.Data.Sqlite;
using Npgsql;
using TrialBot.Storage.Configuration;
using TrialBot.Storage.Sql;

namespace TrialBot.Storage.Hosting;

/// <summary>Creates the backend <c>Storage:Provider</c> names.</summary>
internal static class StorageBackendFactory
{
    /// <summary>
    /// The most PostgreSQL connections open at once unless the connection string says otherwise. Npgsql's own default
    /// (100) equals PostgreSQL's default <c>max_connections</c>, so a burst of turns made the server refuse connections
    /// ("too many clients"); with a smaller pool the extra turns wait for a free connection instead.
    /// </summary>
    public const int DefaultPostgresMaxPoolSize = 20;

    private static readonly string[] MaxPoolSizeKeywords = ["maximumpoolsize", "maxpoolsize"];

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
                if (!SetsMaxPoolSize(options.ConnectionString))
                {
                    postgres.MaxPoolSize = DefaultPostgresMaxPoolSize;
                }

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

    private static bool SetsMaxPoolSize(string? connectionString)
    {
        var keywords = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return keywords.Any(keyword => MaxPoolSizeKeywords.Contains(keyword.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()));
    }
}
