using System.Data.Common;
using Microsoft.Data.Sqlite;
using TrialBot.Storage.Sql;
using TrialBot.Storage.Tests.Support;

namespace TrialBot.Storage.Tests.Schema;

public sealed class SqliteSchemaMigrationTests : SchemaMigrationTests
{
    private readonly SqliteTestFile file = new();

    private protected override SqlDialect Dialect => SqliteDialect.Instance;

    private protected override string TimeLiteral => "'2026-01-01T00:00:00.0000000Z'";

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        file.Delete();
        return Task.CompletedTask;
    }

    private protected override DbDataSource CreateDataSource() => SqliteFactory.Instance.CreateDataSource(file.ConnectionString);
}
