using Npgsql;

namespace TrialBot.Hardening.Tests.Support;

/// <summary>
/// A real database for one test: a new SQLite file in a temporary folder, or a new schema in the PostgreSQL server that
/// scripts/postgres starts (TRIALBOT_TEST_POSTGRES). A missing PostgreSQL server fails the test; it is never skipped.
/// </summary>
internal sealed class StorageProvider : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly Func<ValueTask> cleanUp;

    private StorageProvider(string name, string connectionString, Func<ValueTask> cleanUp)
    {
        Name = name;
        ConnectionString = connectionString;
        this.cleanUp = cleanUp;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The host's settings for this database.</summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Name,
        ["Storage:ConnectionString"] = ConnectionString,
    };

    public static async Task<StorageProvider> CreateAsync(string name) => name switch
    {
        Sqlite => CreateSqlite(),
        Postgres => await CreatePostgresAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "sqlite or postgres"),
    };

    public ValueTask DisposeAsync() => cleanUp();

    private static StorageProvider CreateSqlite()
    {
        var folder = Directory.CreateTempSubdirectory("trialbot-hardening-");
        return new StorageProvider(Sqlite, $"Data Source={Path.Combine(folder.FullName, "trialbot.db")}", () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
            return ValueTask.CompletedTask;
        });
    }

    private static async Task<StorageProvider> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable("TRIALBOT_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "TRIALBOT_TEST_POSTGRES is not set: run eval \"$(scripts/postgres start)\" first (scripts/test does).");
        var schema = $"hardening_{Guid.NewGuid():N}";
        await ExecuteAsync(server!, $"CREATE SCHEMA {schema}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ToString();
        return new StorageProvider(Postgres, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server!, $"DROP SCHEMA {schema} CASCADE");
        });
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
