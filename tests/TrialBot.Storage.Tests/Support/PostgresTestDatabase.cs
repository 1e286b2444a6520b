using Npgsql;

namespace TrialBot.Storage.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run against, named by <c>TRIALBOT_TEST_POSTGRES</c> (scripts/test starts one with
/// scripts/postgres and sets it). Without it the PostgreSQL tests fail, never skip. Each test gets a schema of its own.
/// </summary>
internal static class PostgresTestDatabase
{
    public const string Variable = "TRIALBOT_TEST_POSTGRES";

    public static string ServerConnectionString
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            throw new InvalidOperationException(inCi
                ? $"{Variable} is not set in CI: the PostgreSQL storage tests need the server scripts/test starts (eval \"$(scripts/postgres start)\"); run the tests through scripts/test."
                : $"{Variable} is not set, so the PostgreSQL storage tests cannot run. Run the tests with scripts/test, or start the server first: eval \"$(scripts/postgres start)\" && dotnet test tests/TrialBot.Storage.Tests");
        }
    }

    /// <summary>Creates a new, empty schema and returns a connection string whose search path is that schema.</summary>
    public static async Task<(string Schema, string ConnectionString)> CreateSchemaAsync()
    {
        var schema = $"test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE SCHEMA {schema}");
        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = schema };
        return (schema, builder.ToString());
    }

    public static Task DropSchemaAsync(string schema) => ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
