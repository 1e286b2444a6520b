using System.Data.Common;
using System.Globalization;
using TrialBot.Storage.Sql;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Schema;

/// <summary>Schema migration on each SQL database, starting from an empty database of its own.</summary>
public abstract class SchemaMigrationTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();

    private protected abstract SqlDialect Dialect { get; }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Migrating_twice_applies_every_migration_once()
    {
        Assert.Equal(Dialect.Migrations.Count, await MigrateAsync());
        Assert.Equal(0, await MigrateAsync());

        Assert.Equal(Dialect.Migrations.Select(migration => migration.Version), await AppliedVersionsAsync());
    }

    [Fact]
    public async Task Two_processes_migrating_at_once_both_succeed_and_apply_each_migration_once()
    {
        var applied = await Task.WhenAll(Task.Run(MigrateAsync), Task.Run(MigrateAsync));

        Assert.Equal(Dialect.Migrations.Count, applied.Sum());
        Assert.Equal(Dialect.Migrations.Select(migration => migration.Version), await AppliedVersionsAsync());
    }

    [Fact]
    public async Task A_database_newer_than_the_build_is_refused_with_its_version()
    {
        await MigrateAsync();
        await ExecuteAsync($"INSERT INTO trialbot_schema_version (version, description, applied_at) VALUES (999, 'future', {TimeLiteral})");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(MigrateAsync);

        Assert.Contains("999", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A time value written literally in SQL.</summary>
    private protected abstract string TimeLiteral { get; }

    /// <summary>A data source of its own on the test's database, as a second process would have.</summary>
    private protected abstract DbDataSource CreateDataSource();

    private async Task<int> MigrateAsync()
    {
        await using var dataSource = CreateDataSource();
        await using var connection = await dataSource.OpenConnectionAsync();
        return await SchemaMigrator.MigrateAsync(connection, Dialect, _clock, CancellationToken.None);
    }

    private async Task<List<int>> AppliedVersionsAsync()
    {
        await using var dataSource = CreateDataSource();
        await using var command = dataSource.CreateCommand("SELECT version FROM trialbot_schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = CreateDataSource();
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
