namespace TrialBot.Bench.Hosting;

/// <summary>
/// The storage a benchmark runs on (<c>Storage:Provider</c>, <c>Storage:ConnectionString</c>). SQLite gets a fresh
/// database file in a temporary folder, deleted when the choice is disposed; PostgreSQL uses the server named by
/// <c>TRIALBOT_TEST_POSTGRES</c> (<c>scripts/postgres start</c> prints it).
/// </summary>
internal sealed class StorageChoice : IDisposable
{
    public const string PostgresVariable = "TRIALBOT_TEST_POSTGRES";

    private readonly string? folder;

    private StorageChoice(string provider, string label, string? connectionString, string? folder)
    {
        Provider = provider;
        Label = label;
        ConnectionString = connectionString;
        this.folder = folder;
    }

    public string Provider { get; }

    public string Label { get; }

    public string? ConnectionString { get; }

    /// <summary>The SQLite database file, or null for the other providers.</summary>
    public string? SqliteFile => folder is null ? null : Path.Combine(folder, "state.db");

    public static bool PostgresAvailable => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    public static StorageChoice Memory() => new("memory", "memory", null, null);

    public static StorageChoice Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("trialbot-bench-").FullName;
        return new StorageChoice("sqlite", "SQLite", $"Data Source={Path.Combine(folder, "state.db")}", folder);
    }

    public static StorageChoice Postgres() => new(
        "postgres",
        "PostgreSQL",
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException($"{PostgresVariable} is not set: run `eval \"$(scripts/postgres start)\"` first."),
        null);

    public static StorageChoice ByName(string name) => name.ToUpperInvariant() switch
    {
        "MEMORY" => Memory(),
        "SQLITE" => Sqlite(),
        "POSTGRES" => Postgres(),
        _ => throw new ArgumentException($"Unknown storage '{name}' (memory, sqlite, postgres).", nameof(name)),
    };

    /// <summary>The host settings that select this storage.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Storage:Provider", Provider);
        if (ConnectionString is not null)
        {
            yield return new("Storage:ConnectionString", ConnectionString);
        }
    }

    public void Dispose()
    {
        if (folder is not null && Directory.Exists(folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
