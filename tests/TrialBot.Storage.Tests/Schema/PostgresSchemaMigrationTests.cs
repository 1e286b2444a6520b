using System.Data.Common;
using Npgsql;
using TrialBot.Storage.Sql;
using TrialBot.Storage.Tests.Support;

namespace TrialBot.Storage.Tests.Schema;

/// <summary>Fails (never skips) when <c>TRIALBOT_TEST_POSTGRES</c> is not set.</summary>
public sealed class PostgresSchemaMigrationTests : SchemaMigrationTests
{
    private string? schema;
    private string? connectionString;

    private protected override SqlDialect Dialect => PostgresDialect.Instance;

    private protected override string TimeLiteral => "now()";

    public override async Task InitializeAsync() => (schema, connectionString) = await PostgresTestDatabase.CreateSchemaAsync();

    public override async Task DisposeAsync()
    {
        if (schema is not null)
        {
            await PostgresTestDatabase.DropSchemaAsync(schema);
        }
    }

    private protected override DbDataSource CreateDataSource() =>
        NpgsqlDataSource.Create(connectionString ?? throw new InvalidOperationException("The schema was not created."));
}
