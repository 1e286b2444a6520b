using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace TrialBot.Storage.Configuration;

/// <summary>Checks <see cref="StorageOptions"/> at start-up; every message names the setting at fault.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Section = StorageOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var provider = options.Provider?.Trim() ?? string.Empty;
        if (!StorageProviders.All.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{Section}:{nameof(options.Provider)} must be one of {string.Join(", ", StorageProviders.All)} (it is '{options.Provider}').");
        }
        else if (provider.Equals(StorageProviders.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add($"{Section}:{nameof(options.ConnectionString)} is required when {Section}:{nameof(options.Provider)} is '{StorageProviders.Postgres}' (for example Host=...;Database=...;Username=...;Password=...).");
            }
            else
            {
                CheckConnectionString(() => new NpgsqlConnectionStringBuilder(options.ConnectionString), "PostgreSQL", failures);
            }
        }
        else if (provider.Equals(StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            CheckConnectionString(() => new SqliteConnectionStringBuilder(options.ConnectionString), "SQLite", failures);
        }

        if (options.RetentionDays < 1)
        {
            failures.Add($"{Section}:{nameof(options.RetentionDays)} must be at least 1 (it is {options.RetentionDays}).");
        }

        if (options.PurgeInterval < TimeSpan.FromMinutes(1))
        {
            failures.Add($"{Section}:{nameof(options.PurgeInterval)} must be at least one minute, written like 01:00:00 (it is {options.PurgeInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckConnectionString(Func<DbConnectionStringBuilder> parse, string database, List<string> failures)
    {
        try
        {
            parse();
        }
        catch (ArgumentException exception)
        {
            failures.Add($"{Section}:{nameof(StorageOptions.ConnectionString)} is not a valid {database} connection string: {exception.Message}");
        }
    }
}
