using Npgsql;

namespace TrialBot.Integration.Tests.Support;

/// <summary>
/// A fresh PostgreSQL schema for this test run on the server named by <c>TRIALBOT_TEST_POSTGRES</c> (scripts/test
/// starts one); dropped at the end. Without the variable every test that uses it fails with how to set it, never skips.
/// </summary>
public sealed class PostgresSchema : IAsyncLifetime
{
    public const string Variable = "TRIALBOT_TEST_POSTGRES";

    private readonly string schema = $"integration_{Guid.NewGuid():N}";
    private string? serverConnectionString;

    /// <summary>The connection string the hosts use: the server, with this schema as the search path.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        serverConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(serverConnectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the multi-process PostgreSQL tests cannot run. Run the tests with scripts/test, or start the server first: eval \"$(scripts/postgres start)\" && dotnet test tests/TrialBot.Integration.Tests");
        }

        await ExecuteAsync($"CREATE SCHEMA {schema}");
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { SearchPath = schema }.ToString();
    }

    public async Task DisposeAsync()
    {
        if (!string.IsNullOrWhiteSpace(serverConnectionString))
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
