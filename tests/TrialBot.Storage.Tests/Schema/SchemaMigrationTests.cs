using System.Data.Common;
using System.Globalization;
using TrialBot.Storage.Sql;
using TrialBot.Storage.Tests.Support;
using Xunit;

namespace TrialBot.Storage.Tests.Schema;

/// <summary>Schema migration on each SQL database, starting from an empty database of its own.</summary>
public abstract class SchemaMigrationTests : IAsyncLifetime
{
    private readonly ManualTimeProvider clock = new();

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

    [Fact]
    public async Task A_referral_stored_before_the_workflow_still_reads_with_its_contact_normalised_and_a_person_key()
    {
        await using (var dataSource = CreateDataSource())
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await SchemaMigrator.MigrateAsync(connection, new FirstVersionOnly(Dialect), clock, CancellationToken.None);
        }

        await ExecuteAsync($$"""
            INSERT INTO referral (id, created_at, outcome_id, criterion_results, site_id, contact_name, contact_phone, contact_email,
                                  consented_at, locale, channel_id, conversation_key_hash, contacted_at)
            VALUES ('3f2504e0-4f89-41d3-9a0c-0305e82c3301', {{TimeLiteral}}, 'likely-eligible', '{"I1":"pass"}', 'shanghai-renji', '李雷',
                    '138 0013 8000', NULL, {{TimeLiteral}}, 'zh-CN', 'sms', 'hash-1', {{TimeLiteral}})
            """);

        await using var database = new SqlDatabase(CreateDataSource(), Dialect, clock);
        var store = new SqlReferralStore(database, clock);
        var read = Assert.Single(await store.ListAsync(TrialBot.Storage.Referrals.ReferralScope.AllSites, TrialBot.Storage.Referrals.ReferralFilter.All));

        Assert.Equal("+8613800138000", read.ContactPhone);
        Assert.Equal(TrialBot.Storage.Referrals.ContactNormalizer.PersonKey("+8613800138000", null), read.PersonKey);
        Assert.Equal("contacted", read.Status);
        Assert.Null(read.TrialId);
        Assert.Empty(read.Details.Answers);
        Assert.Empty(read.History);
        Assert.Equal("pass", read.CriterionResults["I1"]);
    }

    /// <summary>A time value written literally in SQL.</summary>
    private protected abstract string TimeLiteral { get; }

    /// <summary>A data source of its own on the test's database, as a second process would have.</summary>
    private protected abstract DbDataSource CreateDataSource();

    private async Task<int> MigrateAsync()
    {
        await using var dataSource = CreateDataSource();
        await using var connection = await dataSource.OpenConnectionAsync();
        return await SchemaMigrator.MigrateAsync(connection, Dialect, clock, CancellationToken.None);
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

    /// <summary>A dialect whose schema stops at version 1, to make a database as an older build left it.</summary>
    private sealed class FirstVersionOnly(SqlDialect dialect) : SqlDialect
    {
        public override string Name => dialect.Name;

        public override string CreateVersionTableSql => dialect.CreateVersionTableSql;

        public override IReadOnlyList<SqlMigration> Migrations => [dialect.Migrations[0]];

        public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => dialect.PrepareAsync(connection, cancellationToken);

        public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) => dialect.BeginWriteAsync(connection, cancellationToken);

        public override Task LockForMigrationAsync(DbTransaction transaction, CancellationToken cancellationToken) => dialect.LockForMigrationAsync(transaction, cancellationToken);

        public override object Time(DateTimeOffset time) => dialect.Time(time);

        public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => dialect.ReadTime(reader, ordinal);

        public override object Id(Guid id) => dialect.Id(id);

        public override Guid ReadId(DbDataReader reader, int ordinal) => dialect.ReadId(reader, ordinal);

        public override string Contains(string text, string part) => dialect.Contains(text, part);
    }
}
