namespace TrialBot.Storage.Configuration;

/// <summary>The <c>Storage</c> section of the configuration.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Storage";

    /// <summary>The connection string used for SQLite when <see cref="ConnectionString"/> is not set; a relative
    /// path is taken from the content root (or the current directory) and its folder is created on first run.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/trialbot.db";

    /// <summary><c>Storage:Provider</c>: one of <see cref="StorageProviders.All"/> (case-insensitive); default
    /// <see cref="StorageProviders.Sqlite"/>.</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary><c>Storage:ConnectionString</c>: required for PostgreSQL; for SQLite the default is
    /// <see cref="DefaultSqliteConnectionString"/>; ignored for memory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>Storage:RetentionDays</c>: conversation state and processed-activity records idle for longer than
    /// this are purged (default 30).</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary><c>Storage:PurgeInterval</c>: how often the purge runs, as a time span such as <c>01:00:00</c>
    /// (default one hour).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long idle data is kept, from <see cref="RetentionDays"/>.</summary>
    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
