using System.Globalization;
using Microsoft.Data.Sqlite;
using TrialBot.Storage.Configuration;
using TrialBot.Storage.Hosting;

namespace TrialBot.Storage.Tests.Support;

internal sealed class SqliteStorageUnderTest : StorageUnderTest
{
    private readonly SqliteTestFile file;

    private SqliteStorageUnderTest(SqliteTestFile file, ManualTimeProvider clock)
        : base(StorageBackendFactory.Create(
            new StorageOptions { Provider = StorageProviders.Sqlite, ConnectionString = file.ConnectionString },
            Path.GetTempPath(),
            clock), clock)
    {
        this.file = file;
    }

    public static SqliteStorageUnderTest Create() => new(new SqliteTestFile(), new ManualTimeProvider());

    private protected override StorageBackend CreateAnotherInstance() => StorageBackendFactory.Create(
        new StorageOptions { Provider = StorageProviders.Sqlite, ConnectionString = file.ConnectionString },
        Path.GetTempPath(),
        Clock);

    public override async Task<long> CountRowsAsync(string table)
    {
        await using var connection = new SqliteConnection(file.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        file.Delete();
    }
}
