using Microsoft.Data.Sqlite;
using TrialBot.Storage.Sql;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Sql;

/// <summary>
/// On SQLite the process uses one connection at a time: the next caller waits, without blocking a thread, until the
/// connection handed out before is closed, and never meets a locked database.
/// </summary>
public sealed class SqliteConnectionGateTests : IAsyncLifetime
{
    private readonly SqliteTestFile file = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        file.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_second_connection_is_handed_out_only_once_the_first_is_closed()
    {
        await using var database = Database();
        var first = await database.OpenAsync();

        var second = database.OpenAsync();
        await Task.Delay(200);
        Assert.False(second.IsCompleted, "The second caller waits while the first connection is open.");

        await first.DisposeAsync();
        await using var opened = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(System.Data.ConnectionState.Open, opened.State);
    }

    [Fact]
    public async Task A_connection_held_past_the_wait_gives_the_next_caller_sqlites_own_busy_error_naming_the_database()
    {
        await using var database = Database(TimeSpan.FromMilliseconds(300));
        await using var held = await database.OpenAsync();

        var refused = await Assert.ThrowsAsync<SqliteException>(() => database.OpenAsync());

        Assert.Equal(5, refused.SqliteErrorCode);
        Assert.Contains("SQLite", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_connection_to_the_next_caller()
    {
        await using var database = Database();
        var first = await database.OpenAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => database.OpenAsync(cancel.Token));
        await first.DisposeAsync();

        await using var next = await database.OpenAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(System.Data.ConnectionState.Open, next.State);
    }

    [Fact]
    public async Task Many_concurrent_writers_all_commit_and_each_write_is_kept()
    {
        await using var database = Database();
        await using (var connection = await database.OpenAsync())
        await using (var create = connection.CreateCommand("CREATE TABLE IF NOT EXISTS gate_probe (n INTEGER NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 64).Select(n => Task.Run(async () =>
        {
            await using var connection = await database.OpenAsync();
            await using var transaction = await database.Dialect.BeginWriteAsync(connection, CancellationToken.None);
            await using var insert = connection.CreateCommand("INSERT INTO gate_probe (n) VALUES (@n)", transaction).With("n", n);
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        })));

        await using var reader = await database.OpenAsync();
        await using var count = reader.CreateCommand("SELECT COUNT(DISTINCT n) FROM gate_probe");
        Assert.Equal(64L, Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    private SqlDatabase Database(TimeSpan? wait = null) =>
        new(SqliteFactory.Instance.CreateDataSource(file.ConnectionString), SqliteDialect.Instance, TimeProvider.System, wait);
}
