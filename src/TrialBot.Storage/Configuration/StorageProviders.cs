namespace TrialBot.Storage.Configuration;

/// <summary>The values <c>Storage:Provider</c> accepts.</summary>
public static class StorageProviders
{
    /// <summary>SQLite in a local file (the default).</summary>
    public const string Sqlite = "sqlite";

    /// <summary>PostgreSQL; <c>Storage:ConnectionString</c> is required.</summary>
    public const string Postgres = "postgres";

    /// <summary>Process memory: nothing survives a restart. For tests only.</summary>
    public const string Memory = "memory";

    /// <summary>Every accepted value, in the order they are documented.</summary>
    public static IReadOnlyList<string> All { get; } = [Sqlite, Postgres, Memory];
}
