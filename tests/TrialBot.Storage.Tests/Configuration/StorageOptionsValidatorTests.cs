using TrialBot.Storage.Configuration;
using Xunit;

namespace TrialBot.Storage.Tests.Configuration;

public sealed class StorageOptionsValidatorTests
{
    private readonly StorageOptionsValidator validator = new();

    [Theory]
    [InlineData("sqlite", null)]
    [InlineData("SQLite", "Data Source=other.db")]
    [InlineData("memory", null)]
    [InlineData("Postgres", "Host=127.0.0.1;Database=trialbot;Username=trialbot;Password=secret")]
    public void Accepts_each_provider_with_what_it_needs(string provider, string? connectionString)
    {
        var result = validator.Validate(null, new StorageOptions { Provider = provider, ConnectionString = connectionString });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void The_defaults_are_valid_and_choose_sqlite_with_thirty_days()
    {
        var options = new StorageOptions();

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.Equal(StorageProviders.Sqlite, options.Provider);
        Assert.Equal(TimeSpan.FromDays(30), options.Retention);
    }

    [Theory]
    [InlineData("cosmos", null, 30, 60, "Storage:Provider must be one of sqlite, postgres, memory (it is 'cosmos')")]
    [InlineData("postgres", null, 30, 60, "Storage:ConnectionString is required when Storage:Provider is 'postgres'")]
    [InlineData("postgres", "Hots=typo", 30, 60, "Storage:ConnectionString is not a valid PostgreSQL connection string")]
    [InlineData("sqlite", "Data Sauce=x.db", 30, 60, "Storage:ConnectionString is not a valid SQLite connection string")]
    [InlineData("sqlite", null, 0, 60, "Storage:RetentionDays must be at least 1 (it is 0)")]
    [InlineData("sqlite", null, 30, 10, "Storage:PurgeInterval must be at least one minute")]
    public void Refuses_bad_settings_naming_the_setting(string provider, string? connectionString, int retentionDays, int purgeSeconds, string expected)
    {
        var options = new StorageOptions
        {
            Provider = provider,
            ConnectionString = connectionString,
            RetentionDays = retentionDays,
            PurgeInterval = TimeSpan.FromSeconds(purgeSeconds),
        };

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }
}
