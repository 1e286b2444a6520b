using Npgsql;
using TrialBot.Storage.Configuration;
using TrialBot.Storage.Hosting;

namespace TrialBot.Storage.Tests.Support;

internal sealed class PostgresStorageUnderTest : StorageUnderTest
{
    private readonly string schema;
    private readonly string connectionString;

    private PostgresStorageUnderTest(string schema, string connectionString, ManualTimeProvider clock)
        : base(StorageBackendFactory.Create(
            new StorageOptions { Provider = StorageProviders.Postgres, ConnectionString = connectionString },
            Path.GetTempPath(),
            clock), clock)
    {
        this.schema = schema;
        this.connectionString = connectionString;
    }

    private protected override StorageBackend CreateAnotherInstance() => StorageBackendFactory.Create(
        new StorageOptions { Provider = StorageProviders.Postgres, ConnectionString = connectionString },
        Path.GetTempPath(),
        Clock);

    public static async Task<PostgresStorageUnderTest> CreateAsync()
    {
        var (schema, connectionString) = await PostgresTestDatabase.CreateSchemaAsync();
        return new PostgresStorageUnderTest(schema, connectionString, new ManualTimeProvider());
    }

    public override async Task<long> CountRowsAsync(string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresTestDatabase.DropSchemaAsync(schema);
    }
}
