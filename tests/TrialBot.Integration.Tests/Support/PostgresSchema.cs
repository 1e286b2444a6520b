using Npgsql;

namespace TrialBot.Integration.Tests.Support;

/// <summary>
/// A fresh PostgreSQL schema for this test run on the server named by <c>TRIALBOT_TEST_POSTGRES</c> (scripts/test
/// starts one); dropped at the end. Without the variable every test that uses it fails with how to set it, never skips.
/// </summary>
public sealed class PostgresSchema : IAsyncLifetime
{
    public const string Variable = "TRIALBOT_TEST_POSTGRES";

    private readonly string _schema = $"integration_{Guid.NewGuid():N}";
    private string? _serverConnectionString;

    /// <summary>The connection string the hosts use: the server, with this schema as the search path.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set, so the multi-process PostgreSQL tests cannot run. Run the tests with scripts/test, or start the server first: eval \"$(scripts/postgres start)\" && dotnet test tests/TrialBot.Integration.Tests");
        }

        await ExecuteAsync($"CREATE SCHEMA {_schema}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { SearchPath = _schema }.ToString();
    }

    public async Task DisposeAsync()
    {
        if (!string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
